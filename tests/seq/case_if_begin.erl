%% case, if and begin ... end expressions.
-module(case_if_begin).
-export([main/1]).

main(_) ->
    [show(classify(V)) || V <- [0, 7, -3, 2.5, "s", [], {a}, atom, <<"b">>, #{}]],
    [show(sign(N)) || N <- [-5, 0, 5]],
    show(grade(95)), show(grade(85)), show(grade(40)),
    R = begin
            A = 10,
            B = 20,
            A * B
        end,
    show(R),
    show(case {1, 2} of
             {X, X} -> same;
             {X, Y} when X < Y -> ascending;
             _ -> other
         end),
    show(case [1, 2, 3] of
             [H | _] = L when length(L) > 2 -> {long, H};
             _ -> short
         end),
    Z = case 3 of 3 -> Bound = three, Bound; _ -> Bound = other, Bound end,
    show({Z, Bound}),
    show(if 1 > 2 -> a; 2 > 1 -> b end),
    show(if is_atom(x), 1 > 0 -> both; true -> no end),
    show(if 1 > 2; 3 > 2 -> either; true -> neither end),
    show(catch case 5 of 1 -> one end),
    show(catch if 1 > 2 -> x end),
    show(fizz(lists:seq(1, 15))),
    show(case {ok, [1, {x, "y"}]} of {ok, [_, {_, [C | _]}]} -> C end),
    ok.

classify(V) ->
    case V of
        0 -> zero;
        N when is_integer(N), N > 0 -> positive_int;
        N when is_integer(N) -> negative_int;
        F when is_float(F) -> float;
        [] -> nil;
        [_ | _] -> list;
        {_} -> one_tuple;
        A when is_atom(A) -> atom;
        B when is_binary(B) -> binary;
        _ -> something_else
    end.

sign(N) ->
    if N < 0 -> negative;
       N =:= 0 -> zero;
       true -> positive
    end.

grade(S) when S >= 90 -> a;
grade(S) when S >= 80 -> b;
grade(_) -> f.

fizz(L) ->
    [case {I rem 3, I rem 5} of
         {0, 0} -> fizzbuzz;
         {0, _} -> fizz;
         {_, 0} -> buzz;
         _ -> I
     end || I <- L].

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

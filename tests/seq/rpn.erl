%% A reverse Polish calculator: tokenising, folding a stack, errors.
-module(rpn).
-export([main/1]).

main(_) ->
    Exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^", "10 4 /", "1.5 2 *", "90 34 12 33 55 66 + * - +",
             "2 100 ^", "1 +", "4 0 /", "x 1 +", "7 2 - 3"],
    [io:format("~-28s => ~p~n", [E, eval(E)]) || E <- Exprs],
    ok.

eval(S) ->
    try lists:foldl(fun step/2, [], string:tokens(S, " ")) of
        [R] -> {ok, R};
        Stack -> {error, {leftover, Stack}}
    catch
        error:badarith -> {error, arith};
        throw:{bad_token, T} -> {error, {bad_token, T}};
        error:function_clause -> {error, stack_underflow}
    end.

step("+", [B, A | S]) -> [A + B | S];
step("-", [B, A | S]) -> [A - B | S];
step("*", [B, A | S]) -> [A * B | S];
step("/", [B, A | S]) -> [A / B | S];
step("^", [B, A | S]) -> [pow(A, B) | S];
step(Op, _) when Op =:= "+"; Op =:= "-"; Op =:= "*"; Op =:= "/"; Op =:= "^" -> error(function_clause);
step(T, S) -> [num(T) | S].

num(T) ->
    case string:to_float(T) of
        {F, []} -> F;
        _ ->
            case string:to_integer(T) of
                {I, []} -> I;
                _ -> throw({bad_token, T})
            end
    end.

pow(_, 0) -> 1;
pow(A, N) -> A * pow(A, N - 1).

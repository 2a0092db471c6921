%% The catch expression and throw, including non-local returns.
-module(catch_throw).
-export([main/1]).

main(_) ->
    show(catch 1 + 1),
    show(catch throw(hello)),
    show(catch throw({complex, [1, 2]})),
    show(catch exit(goodbye)),
    show(catch error(badness)),
    show(catch 1 + foo()),
    show(find_first(fun(X) -> X > 3 end, [1, 2, 5, 7])),
    show(find_first(fun(X) -> X > 30 end, [1, 2, 5, 7])),
    X = (catch 10),
    show(X),
    show([catch throw(I) || I <- [a, b]]),
    show(catch list_to_atom(123)),
    show(catch element(1, not_a_tuple)),
    show(catch lists:nth(10, [1])),
    show(case catch throw(x) of x -> got_x end),
    show(catch catch throw(double)),
    show(walk({node, {node, leaf, 1, leaf}, 2, {node, leaf, 3, leaf}}, 3)),
    show(walk({node, leaf, 1, leaf}, 9)),
    ok.

foo() -> bar.

find_first(Pred, L) ->
    catch begin
              lists:foreach(fun(X) -> case Pred(X) of true -> throw({found, X}); false -> ok end end, L),
              not_found
          end.

walk(Tree, Key) ->
    try search(Tree, Key), absent
    catch throw:{hit, V} -> {present, V}
    end.

search(leaf, _) -> ok;
search({node, _, K, _}, K) -> throw({hit, K});
search({node, L, _, R}, K) -> search(L, K), search(R, K).

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

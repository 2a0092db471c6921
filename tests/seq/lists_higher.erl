%% lists: the higher-order functions, including evaluation order.
-module(lists_higher).
-export([main/1]).

main(_) ->
    L = lists:seq(1, 10),
    Even = fun(X) -> X rem 2 =:= 0 end,
    show(lists:map(fun(X) -> X * X end, L)),
    show(lists:filter(Even, L)),
    show(lists:partition(Even, L)),
    show(lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)),
    show(lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)),
    show(lists:foldl(fun(X, Acc) -> X - Acc end, 0, L)),
    show(lists:foldr(fun(X, Acc) -> X - Acc end, 0, L)),
    show(lists:all(Even, [2, 4])),
    show(lists:all(Even, L)),
    show(lists:any(Even, [1, 3, 4])),
    show(lists:any(Even, [])),
    show(lists:flatmap(fun(X) -> [X, -X] end, [1, 2, 3])),
    show(lists:filtermap(fun(X) when X > 5 -> {true, X * 10}; (X) -> X =:= 1 end, L)),
    show(lists:mapfoldl(fun(X, Sum) -> {X * 2, Sum + X} end, 0, L)),
    show(lists:mapfoldr(fun(X, Acc) -> {X + 1, [X | Acc]} end, [], [1, 2, 3])),
    show(lists:takewhile(fun(X) -> X < 4 end, L)),
    show(lists:dropwhile(fun(X) -> X < 8 end, L)),
    show(lists:splitwith(fun(X) -> X < 3 end, L)),
    show(lists:search(fun(X) -> X > 6 end, L)),
    show(lists:search(fun(X) -> X > 60 end, L)),
    lists:foreach(fun(X) -> io:format("each ~p~n", [X]) end, [a, b, c]),
    show(lists:map(fun(X) -> io:format("map ~p~n", [X]), X end, [1, 2, 3])),
    show(lists:foldl(fun(X, A) -> io:format("foldl ~p~n", [X]), A + X end, 0, [1, 2, 3])),
    show(lists:foldr(fun(X, A) -> io:format("foldr ~p~n", [X]), A + X end, 0, [1, 2, 3])),
    show(lists:filter(fun(X) -> io:format("filter ~p~n", [X]), X > 1 end, [1, 2])),
    show(lists:zipwith(fun(A, B) -> io:format("zip ~p~n", [A]), {A, B} end, [1, 2], [x, y])),
    Counter = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end,
                          #{}, string:lexemes("the cat and the hat and the bat", " ")),
    show(Counter),
    show(lists:sum(lists:map(fun(X) -> X * X end, lists:filter(Even, L)))),
    Compose = lists:foldl(fun(F, G) -> fun(X) -> F(G(X)) end end, fun(X) -> X end,
                          [fun(X) -> X + 1 end, fun(X) -> X * 10 end]),
    show(Compose(4)),
    show(catch lists:map(not_a_fun, [1])),
    show(catch lists:foldl(fun(X, A) -> X + A end, 0, not_a_list)),
    ok.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

%% Non-tail recursion a million frames deep, and deep list building.
-module(deep_recursion).
-export([main/1]).

main(_) ->
    io:format("~p~n", [sum_to(1000000)]),
    io:format("~p~n", [length(build(1000000))]),
    io:format("~p~n", [depth({leaf}, 0)]),
    io:format("~p~n", [count_nested(nest(200000, leaf))]),
    L = lists:seq(1, 1000000),
    io:format("~p~n", [lists:sum(lists:map(fun(X) -> X rem 7 end, L))]),
    io:format("~p~n", [length(lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L))]),
    io:format("~p~n", [length(lists:append([[X] || X <- L]))]),
    ok.

sum_to(0) -> 0;
sum_to(N) -> N + sum_to(N - 1).

build(0) -> [];
build(N) -> [N | build(N - 1)].

depth({leaf}, D) -> D.

nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, {node, Acc}).

count_nested(leaf) -> 0;
count_nested({node, T}) -> 1 + count_nested(T).

%% A binary search tree of tuples: insert, lookup, traversal, deletion.
-module(bintree).
-export([main/1]).

main(_) ->
    Keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65],
    T = lists:foldl(fun(K, Acc) -> insert(K, K * K, Acc) end, nil, Keys),
    io:format("~p~n", [to_list(T)]),
    io:format("~p~n", [lookup(40, T)]),
    io:format("~p~n", [lookup(41, T)]),
    io:format("height ~p size ~p~n", [height(T), size_of(T)]),
    T2 = delete(30, delete(50, T)),
    io:format("~p~n", [[K || {K, _} <- to_list(T2)]]),
    io:format("~p~n", [T2]),
    Big = lists:foldl(fun(K, Acc) -> insert(K, [], Acc) end, nil, [(X * 7919) rem 10007 || X <- lists:seq(1, 5000)]),
    io:format("big size ~p height ~p~n", [size_of(Big), height(Big)]),
    ok.

insert(K, V, nil) -> {node, nil, K, V, nil};
insert(K, V, {node, L, K1, V1, R}) when K < K1 -> {node, insert(K, V, L), K1, V1, R};
insert(K, V, {node, L, K1, V1, R}) when K > K1 -> {node, L, K1, V1, insert(K, V, R)};
insert(K, V, {node, L, K, _, R}) -> {node, L, K, V, R}.

lookup(_, nil) -> none;
lookup(K, {node, _, K, V, _}) -> {value, V};
lookup(K, {node, L, K1, _, _}) when K < K1 -> lookup(K, L);
lookup(K, {node, _, _, _, R}) -> lookup(K, R).

to_list(nil) -> [];
to_list({node, L, K, V, R}) -> to_list(L) ++ [{K, V}] ++ to_list(R).

height(nil) -> 0;
height({node, L, _, _, R}) -> 1 + max(height(L), height(R)).

size_of(nil) -> 0;
size_of({node, L, _, _, R}) -> size_of(L) + 1 + size_of(R).

delete(_, nil) -> nil;
delete(K, {node, L, K1, V1, R}) when K < K1 -> {node, delete(K, L), K1, V1, R};
delete(K, {node, L, K1, V1, R}) when K > K1 -> {node, L, K1, V1, delete(K, R)};
delete(_, {node, nil, _, _, R}) -> R;
delete(_, {node, L, _, _, nil}) -> L;
delete(_, {node, L, _, _, R}) ->
    {MK, MV} = min_of(R),
    {node, L, MK, MV, delete(MK, R)}.

min_of({node, nil, K, V, _}) -> {K, V};
min_of({node, L, _, _, _}) -> min_of(L).

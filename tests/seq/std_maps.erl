%% maps: every function of OTP 25's maps module (the C BIFs and the Erlang
%% ones), with the errors ({badmap, M}, {badkey, K}, badarg) they raise.
-module(std_maps).
-export([main/1]).

t(F) ->
    try F() catch C:R -> {C, R} end.

printable(F) when is_function(F) -> 'F';
printable(X) -> X.

main(_) ->
    M = #{a => 1, b => 2, c => 3},
    Inc = fun(V) -> V + 1 end,
    KV = fun(K, V) -> {K, V} end,
    Calls = [
        {get, [a, M]}, {get, [z, M]}, {get, [a, x]}, {get, [z, M, def]}, {get, [a, x, def]},
        {find, [a, M]}, {find, [z, M]}, {find, [a, x]},
        {put, [d, 4, M]}, {put, [a, 0, M]}, {put, [a, 0, x]},
        {update, [a, 0, M]}, {update, [z, 0, M]}, {update, [a, 0, x]},
        {remove, [a, M]}, {remove, [z, M]}, {remove, [a, x]},
        {take, [a, M]}, {take, [z, M]}, {take, [a, x]},
        {is_key, [a, M]}, {is_key, [z, M]}, {is_key, [a, x]},
        {keys, [M]}, {keys, [x]}, {values, [M]}, {values, [x]}, {to_list, [M]}, {to_list, [x]},
        {from_list, [[{a, 1}, {b, 2}, {a, 3}]]}, {from_list, [[a]]}, {from_list, [x]},
        {from_keys, [[a, b], 0]}, {from_keys, [x, 0]},
        {merge, [M, #{a => 10, z => 26}]}, {merge, [M, x]}, {merge, [x, M]},
        {merge_with, [fun(K, V1, V2) -> {K, V1, V2} end, M, #{a => 10, z => 26}]},
        {merge_with, [fun(K, V1, V2) -> {K, V1, V2} end, M, x]}, {merge_with, [x, M, M]},
        {size, [M]}, {size, [x]}, {new, []},
        {fold, [fun(K, V, Acc) -> [{K, V} | Acc] end, [], M]}, {fold, [fun(K, V) -> {K, V} end, [], M]}, {fold, [KV, [], x]},
        {map, [fun(K, V) -> {K, V} end, M]}, {map, [KV, x]}, {map, [x, M]},
        {filter, [fun(K, V) -> K =/= b andalso V > 0 end, M]}, {filter, [fun(_, _) -> true end, x]},
        {filtermap, [fun(a, _) -> false; (b, V) -> {true, V * 10}; (_, _) -> true end, M]},
        {filtermap, [fun(_, _) -> true end, x]},
        {foreach, [fun(_, _) -> ok end, M]}, {foreach, [fun(_, _) -> ok end, x]},
        {with, [[a, c, z], M]}, {with, [[a], x]}, {with, [x, M]},
        {without, [[a, c, z], M]}, {without, [[a], x]}, {without, [x, M]},
        {update_with, [a, Inc, M]}, {update_with, [z, Inc, M]}, {update_with, [a, Inc, x]},
        {update_with, [a, Inc, 0, M]}, {update_with, [z, Inc, 0, M]}, {update_with, [a, Inc, 0, x]},
        {intersect, [M, #{a => x, z => y}]}, {intersect, [M, x]},
        {intersect_with, [fun(K, V1, V2) -> {K, V1, V2} end, M, #{a => x, z => y}]},
        {intersect_with, [fun(K, V1, V2) -> {K, V1, V2} end, x, M]},
        {groups_from_list, [fun(X) -> X rem 2 end, [1, 2, 3, 4, 5]]},
        {groups_from_list, [fun(X) -> X rem 2 end, fun(X) -> X * 10 end, [1, 2, 3, 4, 5]]},
        {groups_from_list, [fun(X) -> X end, x]},
        {iterator, [x]}
    ],
    [io:format("~p~p: ~p~n", [F, [printable(A) || A <- Args], t(fun() -> apply(maps, F, Args) end)])
     || {F, Args} <- Calls],
    %% iterating
    I = maps:iterator(M),
    io:format("~p~n", [walk(maps:next(I))]),
    io:format("~p~n", [t(fun() -> maps:next(x) end)]),
    io:format("~p~n", [t(fun() -> maps:next(none) end)]),
    ok.

walk(none) -> [];
walk({K, V, I}) -> [{K, V} | walk(maps:next(I))].

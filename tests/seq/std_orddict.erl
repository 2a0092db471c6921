%% orddict: the whole API, keys compared with == (1 and 1.0), and the
%% function_clause errors for missing keys and bad dictionaries.
-module(std_orddict).
-export([main/1]).

t(F) ->
    try F() catch C:R -> {C, R} end.

show(Label, F) ->
    io:format("~s: ~p~n", [Label, t(F)]).

main(_) ->
    D = orddict:from_list([{b, 2}, {a, 1}, {c, 3}, {a, 10}]),
    show("from_list", fun() -> D end),
    show("from_list small", fun() -> [orddict:from_list([]), orddict:from_list([{x, 1}])] end),
    show("new/size/empty", fun() -> [orddict:new(), orddict:size(D), orddict:is_empty(D), orddict:is_empty([])] end),
    show("is_key", fun() -> [orddict:is_key(K, D) || K <- [a, b, z, 0]] end),
    show("to_list", fun() -> orddict:to_list(D) end),
    show("fetch", fun() -> orddict:fetch(b, D) end),
    show("find", fun() -> [orddict:find(K, D) || K <- [a, c, z, 0]] end),
    show("fetch_keys", fun() -> orddict:fetch_keys(D) end),
    show("erase", fun() -> [orddict:erase(b, D), orddict:erase(z, D), orddict:erase(0, D)] end),
    show("take", fun() -> [orddict:take(b, D), orddict:take(z, D), orddict:take(0, D)] end),
    show("store", fun() -> [orddict:store(b, 20, D), orddict:store(d, 4, D), orddict:store(0, 0, D)] end),
    show("append", fun() -> orddict:append(k, 3, orddict:append(k, 2, orddict:append(j, 1, []))) end),
    show("append_list", fun() -> orddict:append_list(k, [3, 4], orddict:append_list(k, [1, 2], [])) end),
    show("update/3", fun() -> orddict:update(a, fun(V) -> V * 100 end, D) end),
    show("update/4", fun() -> [orddict:update(a, fun(V) -> V * 100 end, init, D),
                              orddict:update(z, fun(V) -> V * 100 end, init, D)] end),
    show("update_counter", fun() -> [orddict:update_counter(a, 5, D), orddict:update_counter(n, 5, D)] end),
    show("fold", fun() -> orddict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], D) end),
    show("map", fun() -> orddict:map(fun(K, V) -> {K, V} end, D) end),
    show("filter", fun() -> orddict:filter(fun(K, V) -> K =/= b andalso V > 1 end, D) end),
    D2 = orddict:from_list([{b, 200}, {d, 400}]),
    show("merge", fun() -> orddict:merge(fun(K, V1, V2) -> {K, V1, V2} end, D, D2) end),
    show("merge empty", fun() -> [orddict:merge(fun(_, A, _) -> A end, [], D2),
                                 orddict:merge(fun(_, A, _) -> A end, D2, [])] end),
    %% keys compare with ==: 1.0 finds 1, and store keeps the new key
    N = orddict:from_list([{1, one}, {2, two}]),
    show("float key", fun() -> [orddict:find(1.0, N), orddict:is_key(2.0, N), orddict:store(1.0, uno, N),
                               orddict:erase(2.0, N), orddict:fetch(1.0, N)] end),
    show("from_list dup", fun() -> orddict:from_list([{1, a}, {1.0, b}, {2, c}]) end),
    %% errors
    show("fetch missing", fun() -> orddict:fetch(z, D) end),
    show("fetch empty", fun() -> orddict:fetch(a, []) end),
    show("update missing", fun() -> orddict:update(z, fun(V) -> V end, D) end),
    show("from_list bad", fun() -> orddict:from_list([{a, 1}, b]) end),
    show("from_list one bad", fun() -> orddict:from_list([b]) end),
    show("store bad", fun() -> orddict:store(a, 1, [x]) end),
    show("fold bad", fun() -> orddict:fold(fun(_, _) -> ok end, 0, []) end),
    show("map bad", fun() -> orddict:map(x, []) end),
    show("filter bad", fun() -> orddict:filter(fun(_, _) -> yes end, D) end),
    show("merge bad", fun() -> orddict:merge(x, [], []) end),
    show("update_counter bad", fun() -> orddict:update_counter(a, x, D) end),
    show("is_empty bad", fun() -> orddict:is_empty(x) end),
    show("size bad", fun() -> orddict:size(x) end).

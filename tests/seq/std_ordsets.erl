%% ordsets: the whole API, elements compared with == (1 and 1.0), and
%% the errors for bad arguments.
-module(std_ordsets).
-export([main/1]).

t(F) ->
    try F() catch C:R -> {C, R} end.

show(Label, F) ->
    io:format("~s: ~p~n", [Label, t(F)]).

main(_) ->
    S = ordsets:from_list([c, a, b, a, d]),
    T = ordsets:from_list([b, d, e, f]),
    show("from_list", fun() -> S end),
    show("new/size/empty", fun() -> [ordsets:new(), ordsets:size(S), ordsets:is_empty(S), ordsets:is_empty([])] end),
    show("is_set", fun() -> [ordsets:is_set(X) || X <- [S, [], [b, a], [a, a], {a}, [1, 2.0, 3], [1, 1.0]]] end),
    show("to_list", fun() -> ordsets:to_list(S) end),
    show("is_element", fun() -> [ordsets:is_element(X, S) || X <- [a, d, z, 0]] end),
    show("add_element", fun() -> [ordsets:add_element(X, S) || X <- [0, b, bb, z]] end),
    show("del_element", fun() -> [ordsets:del_element(X, S) || X <- [0, b, z]] end),
    show("union", fun() -> [ordsets:union(S, T), ordsets:union([], T), ordsets:union(S, [])] end),
    show("union/1", fun() -> [ordsets:union([S, T, [0, z]]), ordsets:union([])] end),
    show("intersection", fun() -> [ordsets:intersection(S, T), ordsets:intersection(S, [])] end),
    show("intersection/1", fun() -> [ordsets:intersection([S, T]), ordsets:intersection([S]),
                                    ordsets:intersection([S, T, [d]])] end),
    show("is_disjoint", fun() -> [ordsets:is_disjoint(S, T), ordsets:is_disjoint(S, [e, f]), ordsets:is_disjoint([], S)] end),
    show("subtract", fun() -> [ordsets:subtract(S, T), ordsets:subtract(T, S), ordsets:subtract(S, [])] end),
    show("is_subset", fun() -> [ordsets:is_subset([a, c], S), ordsets:is_subset(S, [a, c]), ordsets:is_subset([], S),
                               ordsets:is_subset(S, S)] end),
    show("fold", fun() -> ordsets:fold(fun(X, Acc) -> [X | Acc] end, [], S) end),
    show("filter", fun() -> ordsets:filter(fun(X) -> X > b end, S) end),
    %% == elements: which one a result keeps
    N = ordsets:from_list([1, 2, 3]),
    F = [1.0, 3.0],
    show("float elements", fun() -> [ordsets:from_list([1, 1.0, 2.0, 2]), ordsets:is_element(2.0, N),
                                    ordsets:add_element(2.0, N), ordsets:del_element(2.0, N),
                                    ordsets:union(N, F), ordsets:union(F, N), ordsets:intersection(N, F),
                                    ordsets:intersection(F, N), ordsets:subtract(N, F), ordsets:is_subset(F, N)] end),
    %% errors
    show("intersection []", fun() -> ordsets:intersection([]) end),
    show("is_set improper", fun() -> ordsets:is_set([1 | 2]) end),
    show("union bad", fun() -> ordsets:union(a, [b]) end),
    show("is_element bad", fun() -> ordsets:is_element(a, x) end),
    show("add_element bad", fun() -> ordsets:add_element(a, x) end),
    show("from_list bad", fun() -> ordsets:from_list(x) end),
    show("fold bad", fun() -> ordsets:fold(x, 0, [1]) end),
    show("filter bad", fun() -> ordsets:filter(fun(_) -> x end, [1]) end),
    show("size bad", fun() -> ordsets:size(x) end).

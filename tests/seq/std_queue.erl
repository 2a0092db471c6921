%% queue: the original, extended and Okasaki APIs, OTP's representation
%% ({Rear, Front}), and the errors for bad queues and empty ones.
-module(std_queue).
-export([main/1]).

t(F) ->
    try F() catch C:R -> {C, R} end.

show(Label, F) ->
    io:format("~s: ~p~n", [Label, t(F)]).

main(_) ->
    Q5 = queue:from_list([1, 2, 3, 4, 5]),
    E = queue:new(),
    show("new", fun() -> E end),
    show("from_list", fun() -> Q5 end),
    show("from_list small", fun() -> [queue:from_list(L) || L <- [[], [a], [a, b], [a, b, c]]] end),
    show("to_list", fun() -> queue:to_list(Q5) end),
    show("is_queue", fun() -> [queue:is_queue(X) || X <- [Q5, E, {[], a}, [], {1, 2, 3}]] end),
    show("is_empty", fun() -> [queue:is_empty(E), queue:is_empty(Q5)] end),
    show("len", fun() -> [queue:len(E), queue:len(Q5)] end),
    show("member", fun() -> [queue:member(3, Q5), queue:member(3.0, Q5), queue:member(x, E)] end),
    %% in/out move items between the lists exactly as OTP does
    Ins = lists:foldl(fun(X, Q) -> queue:in(X, Q) end, E, [a, b, c, d]),
    show("in*4", fun() -> Ins end),
    InRs = lists:foldl(fun(X, Q) -> queue:in_r(X, Q) end, E, [a, b, c, d]),
    show("in_r*4", fun() -> InRs end),
    show("in one", fun() -> [queue:in(x, queue:from_list([a])), queue:in_r(x, queue:from_list([a]))] end),
    show("out", fun() -> queue:out(Ins) end),
    show("out_r", fun() -> queue:out_r(Ins) end),
    show("out empty", fun() -> [queue:out(E), queue:out_r(E)] end),
    show("drain", fun() -> drain(Q5, []) end),
    show("drain_r", fun() -> drain_r(Q5, []) end),
    show("out rear only", fun() -> queue:out({[5, 4, 3, 2, 1], []}) end),
    show("out_r front only", fun() -> queue:out_r({[], [1, 2, 3, 4, 5]}) end),
    show("get", fun() -> [queue:get(Q5), queue:get_r(Q5), queue:get({[3, 2, 1], []}), queue:get_r({[], [1, 2, 3]})] end),
    show("peek", fun() -> [queue:peek(Q5), queue:peek_r(Q5), queue:peek(E), queue:peek_r(E)] end),
    show("drop", fun() -> [queue:drop(Q5), queue:drop_r(Q5), queue:drop({[3, 2, 1], []}), queue:drop_r({[], [1, 2, 3]})] end),
    show("reverse", fun() -> queue:reverse(Q5) end),
    show("join", fun() -> [queue:join(Q5, Ins), queue:join(E, Q5), queue:join(Q5, E)] end),
    show("split", fun() -> [queue:split(N, Q5) || N <- [0, 1, 2, 3, 4, 5]] end),
    show("filter", fun() -> queue:filter(fun(X) -> X rem 2 =:= 1 end, Q5) end),
    show("filter lists", fun() -> queue:filter(fun(1) -> []; (2) -> [b, b]; (X) -> [X] end, Q5) end),
    show("filtermap", fun() -> queue:filtermap(fun(X) when X > 3 -> {true, X * 10}; (X) -> X =:= 1 end, Q5) end),
    show("fold", fun() -> queue:fold(fun(X, Acc) -> [X | Acc] end, [], Q5) end),
    show("any/all", fun() -> [queue:any(fun(X) -> X > 4 end, Q5), queue:all(fun(X) -> X > 4 end, Q5),
                             queue:any(fun(_) -> true end, E), queue:all(fun(_) -> false end, E)] end),
    Dup = queue:from_list([a, b, a, c, a]),
    show("delete", fun() -> [queue:delete(a, Dup), queue:delete_r(a, Dup), queue:delete(z, Dup), queue:delete(1.0, Q5)] end),
    show("delete_with", fun() -> [queue:delete_with(fun(X) -> X > 2 end, Q5), queue:delete_with_r(fun(X) -> X > 2 end, Q5)] end),
    show("okasaki", fun() -> [queue:cons(0, Q5), queue:head(Q5), queue:tail(Q5), queue:snoc(Q5, 6),
                             queue:daeh(Q5), queue:last(Q5), queue:liat(Q5), queue:init(Q5), queue:lait(Q5)] end),
    show("equal queues", fun() -> queue:in(3, queue:from_list([1, 2])) =:= queue:from_list([1, 2, 3]) end),
    io:format("~w~n", [queue:in(6, Q5)]),
    %% errors
    show("get empty", fun() -> queue:get(E) end),
    show("get_r empty", fun() -> queue:get_r(E) end),
    show("head empty", fun() -> queue:head(E) end),
    show("drop empty", fun() -> queue:drop(E) end),
    show("drop_r empty", fun() -> queue:drop_r(E) end),
    show("last empty", fun() -> queue:last(E) end),
    show("in bad", fun() -> queue:in(1, not_a_queue) end),
    show("out bad", fun() -> queue:out({a, b}) end),
    show("len bad", fun() -> queue:len([1, 2]) end),
    show("from_list bad", fun() -> queue:from_list(abc) end),
    show("to_list bad", fun() -> queue:to_list(abc) end),
    show("split bad", fun() -> queue:split(6, Q5) end),
    show("split neg", fun() -> queue:split(-1, Q5) end),
    show("filter bad fun", fun() -> queue:filter(fun(_) -> maybe end, Q5) end),
    show("filter not fun", fun() -> queue:filter(x, Q5) end),
    show("join bad", fun() -> queue:join(Q5, x) end),
    show("member bad", fun() -> queue:member(1, x) end),
    show("fold bad", fun() -> queue:fold(fun(X) -> X end, 0, Q5) end),
    show("peek bad", fun() -> queue:peek(x) end),
    show("delete bad", fun() -> queue:delete(1, x) end).

drain(Q, Acc) ->
    case queue:out(Q) of
        {{value, V}, Q1} -> drain(Q1, [{V, Q1} | Acc]);
        {empty, _} -> lists:reverse(Acc)
    end.

drain_r(Q, Acc) ->
    case queue:out_r(Q) of
        {{value, V}, Q1} -> drain_r(Q1, [{V, Q1} | Acc]);
        {empty, _} -> lists:reverse(Acc)
    end.

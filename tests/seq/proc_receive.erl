%% receive: guards, selective receive (the oldest matching message is
%% taken, the others stay in order), after 0 / N / infinity, and the
%% timeout values that raise timeout_value.
-module(proc_receive).
-export([main/1]).

main(_) ->
    Self = self(),
    %% selective receive: the examples of otp-behaviour.md 2.2
    self() ! {b, 2}, self() ! {a, 1}, self() ! {c, 3},
    A = receive {a, X} -> X end,
    io:format("selective {a,X}: ~p, left ~p~n", [A, drain()]),
    self() ! 1, self() ! 2, self() ! 3,
    Two = receive 2 -> two end,
    One = receive M1 -> M1 end,
    Three = receive M3 -> M3 end,
    io:format("2 first: ~p~n", [[Two, One, Three]]),
    self() ! {n, 5}, self() ! {n, 50},
    Big = receive {n, N} when N > 10 -> N end,
    io:format("guard N > 10: ~p, left ~p~n", [Big, drain()]),

    %% the oldest message matching any clause wins, whatever the clause order
    self() ! b, self() ! a,
    io:format("clause order: ~p~n", [receive a -> got_a; b -> got_b end]),
    io:format("left: ~p~n", [drain()]),
    %% guards with several tests, type tests and a bound variable
    Ref = make_ref(),
    [self() ! Msg || Msg <- [{x, 1.0}, {x, "s"}, {Ref, 7}, {x, 3}, {x, 4}]],
    G1 = receive {x, V1} when is_integer(V1), V1 rem 2 =:= 0 -> V1 end,
    G2 = receive {x, V2} when is_list(V2); is_float(V2) -> V2 end,
    G3 = receive {Ref, V3} -> V3 end,
    io:format("guards: ~p, left ~p~n", [[G1, G2, G3], drain()]),

    %% after 0
    self() ! here,
    io:format("after 0, present: ~p~n", [receive here -> taken after 0 -> timeout end]),
    self() ! other,
    io:format("after 0, absent: ~p~n", [receive here -> taken after 0 -> timeout end]),
    io:format("other kept: ~p~n", [drain()]),
    Zero = id(0),
    io:format("after Var=0: ~p~n", [receive here -> taken after Zero -> timeout end]),

    %% after N that times out, with an unrelated message waiting
    self() ! unrelated,
    T0 = erlang:monotonic_time(millisecond),
    R30 = receive wanted -> wanted after 30 -> timeout end,
    T1 = erlang:monotonic_time(millisecond),
    io:format("after 30: ~p, waited >= 30: ~p~n", [R30, T1 - T0 >= 30]),
    io:format("unrelated kept: ~p~n", [drain()]),
    io:format("bare after: ~p~n", [receive after 5 -> done end]),

    %% after infinity and a long after, with the message sent by another process
    spawn(fun() -> Self ! {late, 1} end),
    io:format("after infinity: ~p~n", [receive {late, L1} -> L1 after infinity -> never end]),
    spawn(fun() -> Self ! {late, 2} end),
    io:format("after 5000: ~p~n", [receive {late, L2} -> L2 after 5000 -> timeout end]),
    %% a message that arrives while the receiver waits
    P = spawn(fun() -> receive go -> Self ! {late, 3} end end),
    P ! go,
    io:format("arrives while waiting: ~p~n", [receive {late, L3} -> L3 after 5000 -> timeout end]),

    %% bad timeout values
    t("after -1", fun() -> receive nothing -> x after id(-1) -> timeout end end),
    t("after foo", fun() -> receive nothing -> x after id(foo) -> timeout end end),
    t("after 1.5", fun() -> receive nothing -> x after id(1.5) -> timeout end end),
    t("after \"10\"", fun() -> receive nothing -> x after id("10") -> timeout end end),
    %% a big timeout with the message already there
    self() ! ready,
    t("after 1 bsl 100, present", fun() -> receive ready -> got after id(1 bsl 100) -> timeout end end),
    self() ! ready,
    t("after 16#ffffffff, present", fun() -> receive ready -> got after id(16#ffffffff) -> timeout end end),
    io:format("mailbox at end: ~p~n", [drain()]),
    ok.

drain() ->
    receive M -> [M | drain()] after 0 -> [] end.

id(X) -> X.

t(Label, F) ->
    R = try F() of V -> {ok, V} catch C:E -> {C, E} end,
    io:format("~s: ~p~n", [Label, R]).

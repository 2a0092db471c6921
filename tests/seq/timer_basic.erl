%% Timers: erlang:send_after/3 (to a pid, a registered name, a dead pid),
%% erlang:start_timer/3, cancel_timer/1, read_timer/1, their badarg cases,
%% timer:sleep/1, and several timers arriving in deadline order.
-module(timer_basic).
-export([main/1]).

main(_) ->
    Self = self(),
    T1 = erlang:send_after(10, self(), ping),
    io:format("send_after ref: ~p~n", [is_reference(T1)]),
    io:format("send_after delivers: ~p~n", [receive ping -> ping after 1000 -> missing end]),
    register(timer_basic_main, self()),
    erlang:send_after(5, timer_basic_main, by_name),
    io:format("to a name: ~p~n", [receive by_name -> by_name after 1000 -> missing end]),
    erlang:send_after(0, self(), zero),
    io:format("after 0 ms: ~p~n", [receive zero -> zero after 1000 -> missing end]),

    T2 = erlang:start_timer(10, self(), hello),
    R2 = receive {timeout, Ref2, hello} -> Ref2 after 1000 -> missing end,
    io:format("start_timer same ref: ~p~n", [R2 =:= T2]),
    T3 = erlang:start_timer(5, timer_basic_main, hi),
    io:format("start_timer to a name: ~p~n", [receive {timeout, T3, M3} -> M3 after 1000 -> missing end]),

    {Dead, DM} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DM, process, Dead, normal} -> ok end,
    io:format("send_after to dead pid: ~p~n", [is_reference(erlang:send_after(5, Dead, lost))]),

    %% an active timer: read_timer and cancel_timer give what is left
    T4 = erlang:send_after(100, self(), cancelled),
    Read = erlang:read_timer(T4),
    io:format("read_timer active: ~p~n", [is_integer(Read) andalso Read >= 0 andalso Read =< 100]),
    Left = erlang:cancel_timer(T4),
    io:format("cancel_timer active: ~p~n", [is_integer(Left) andalso Left >= 0 andalso Left =< 100]),
    io:format("cancel again: ~p~n", [erlang:cancel_timer(T4)]),
    io:format("read after cancel: ~p~n", [erlang:read_timer(T4)]),
    T5 = erlang:start_timer(100, self(), cancelled),
    io:format("cancel start_timer: ~p~n", [is_integer(erlang:cancel_timer(T5))]),
    %% wait past both deadlines: neither timer delivers
    io:format("cancelled never arrive: ~p~n",
              [receive cancelled -> arrived; {timeout, T5, _} -> arrived after 150 -> none end]),

    %% a timer that fired: false, and its message stays queued
    T6 = erlang:send_after(0, self(), fired),
    erlang:send_after(20, self(), marker),
    receive marker -> ok end,
    io:format("cancel fired: ~p~n", [erlang:cancel_timer(T6)]),
    io:format("read fired: ~p~n", [erlang:read_timer(T6)]),
    io:format("fired message kept: ~p~n", [receive fired -> yes after 0 -> no end]),
    io:format("cancel unknown ref: ~p~n", [erlang:cancel_timer(make_ref())]),
    io:format("read unknown ref: ~p~n", [erlang:read_timer(make_ref())]),

    t("cancel_timer(foo)", fun() -> erlang:cancel_timer(id(foo)) end),
    t("cancel_timer(self())", fun() -> erlang:cancel_timer(Self) end),
    t("read_timer(42)", fun() -> erlang:read_timer(id(42)) end),
    t("send_after(-1)", fun() -> erlang:send_after(id(-1), Self, x) end),
    t("send_after(1.5)", fun() -> erlang:send_after(id(1.5), Self, x) end),
    t("send_after(foo)", fun() -> erlang:send_after(id(foo), Self, x) end),
    t("start_timer(-5)", fun() -> erlang:start_timer(id(-5), Self, x) end),
    t("send_after to 42", fun() -> erlang:send_after(10, id(42), x) end),

    io:format("sleep 0: ~p~n", [timer:sleep(0)]),
    io:format("sleep 10: ~p~n", [timer:sleep(10)]),

    %% deadlines 10, 50, 30 arrive ordered by deadline (gaps of 20 ms, so a
    %% short stall between the calls cannot change the order)
    erlang:send_after(10, self(), {order, a}),
    erlang:send_after(50, self(), {order, c}),
    erlang:send_after(30, self(), {order, b}),
    Order = [receive {order, X} -> X after 1000 -> missing end || _ <- [1, 2, 3]],
    io:format("order: ~p~n", [Order]),
    %% timers from another process to this one
    spawn(fun() -> erlang:send_after(40, Self, {from_child, 2}),
                   erlang:send_after(5, Self, {from_child, 1}) end),
    Kids = [receive {from_child, K} -> K after 1000 -> missing end || _ <- [1, 2]],
    io:format("child timers: ~p~n", [Kids]),
    unregister(timer_basic_main),
    io:format("mailbox: ~p~n", [receive Any -> Any after 0 -> empty end]),
    ok.

id(X) -> X.

t(Label, F) ->
    R = try F() of V -> {ok, V} catch C:E -> {C, E} end,
    io:format("~s: ~p~n", [Label, R]).

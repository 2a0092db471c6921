%% timer: send_after, apply_after, exit_after, kill_after, send_interval,
%% apply_interval, cancel (timer references as OTP's), sleep, tc, now_diff
%% and the conversions, with the {error, badarg} answers and the errors.
%% Synchronised with messages and monitors; a message an interval timer
%% may still send after its cancel is not looked at.
-module(std_timer).
-export([main/1]).

t(F) ->
    try F() catch C:R -> {C, R} end.

%% a timer reference holds a ref: print its kind only
kind({ok, {Kind, Ref}}) when is_reference(Ref) -> {ok, Kind};
kind(X) -> X.

main(_) ->
    Self = self(),
    io:format("send_after/2: ~p~n", [kind(timer:send_after(10, hello))]),
    receive hello -> io:format("got hello~n") end,
    io:format("send_after 0: ~p~n", [kind(timer:send_after(0, now))]),
    receive now -> io:format("got now~n") end,
    io:format("send_after bad: ~p~n", [[timer:send_after(-1, x), timer:send_after(a, Self, x),
                                        timer:send_after(1, "pid", x)]]),
    {ok, R1} = timer:send_after(60000, late),
    io:format("cancel twice: ~p ~p~n", [timer:cancel(R1), timer:cancel(R1)]),
    register(std_timer_me, Self),
    io:format("send_after name: ~p~n", [kind(timer:send_after(5, std_timer_me, named))]),
    receive named -> io:format("got named~n") end,
    io:format("send_after nobody: ~p~n", [kind(timer:send_after(5, std_timer_nobody, lost))]),
    io:format("apply_after: ~p~n", [kind(timer:apply_after(5, erlang, send, [Self, applied]))]),
    receive applied -> io:format("got applied~n") end,
    io:format("apply_after 0: ~p~n", [kind(timer:apply_after(0, erlang, send, [Self, applied0]))]),
    receive applied0 -> io:format("got applied0~n") end,
    {ok, R2} = timer:apply_after(60000, erlang, send, [Self, never]),
    io:format("cancel once: ~p~n", [timer:cancel(R2)]),
    io:format("apply_after bad: ~p~n", [[timer:apply_after(-1, m, f, []), timer:apply_after(1, m, f, a),
                                         timer:apply_after(1, "m", f, [])]]),
    {ok, R3} = timer:send_interval(5, tick),
    io:format("send_interval: ~p~n", [kind({ok, R3})]),
    receive tick -> ok end,
    receive tick -> ok end,
    receive tick -> io:format("three ticks~n") end,
    io:format("cancel interval: ~p~n", [timer:cancel(R3)]),
    {ok, R4} = timer:apply_interval(5, erlang, send, [Self, itick]),
    io:format("apply_interval: ~p~n", [kind({ok, R4})]),
    receive itick -> ok end,
    receive itick -> io:format("two iticks~n") end,
    io:format("cancel twice: ~p ~p~n", [timer:cancel(R4), timer:cancel(R4)]),
    %% an interval timer whose destination has died is gone
    P = spawn(fun() -> receive stop -> ok end end),
    {ok, R5} = timer:send_interval(5, P, tick),
    Mon = monitor(process, P),
    P ! stop,
    receive {'DOWN', Mon, _, _, _} -> ok end,
    io:format("cancel dead: ~p~n", [timer:cancel(R5)]),
    io:format("interval bad: ~p~n", [[timer:send_interval(-1, x), timer:send_interval(1, "p", x),
                                      timer:apply_interval(a, m, f, [])]]),
    Q = spawn(fun() -> receive after infinity -> ok end end),
    QM = monitor(process, Q),
    io:format("kill_after: ~p~n", [kind(timer:kill_after(5, Q))]),
    receive {'DOWN', QM, _, _, Why} -> io:format("killed: ~p~n", [Why]) end,
    Q2 = spawn(fun() -> receive after infinity -> ok end end),
    QM2 = monitor(process, Q2),
    io:format("exit_after: ~p~n", [kind(timer:exit_after(5, Q2, bye))]),
    receive {'DOWN', QM2, _, _, Why2} -> io:format("exited: ~p~n", [Why2]) end,
    io:format("cancel other: ~p~n", [[timer:cancel(x), timer:cancel({once, x}), timer:cancel({once, make_ref()}),
                                      timer:cancel({interval, make_ref()}), timer:cancel({instant, make_ref()}),
                                      timer:cancel({send_local, make_ref()})]]),
    io:format("sleep: ~p~n", [[t(fun() -> timer:sleep(a) end), timer:sleep(0), t(fun() -> timer:sleep(-1) end)]]),
    io:format("conversions: ~p~n", [[timer:seconds(2), timer:minutes(2), timer:hours(2), timer:hms(1, 2, 3),
                                     timer:seconds(1.5), t(fun() -> timer:seconds(a) end)]]),
    io:format("now_diff: ~p~n", [[timer:now_diff({1, 2, 3}, {0, 1, 1}), timer:now_diff({0, 0, 0}, {0, 0, 5}),
                                  t(fun() -> timer:now_diff(a, b) end)]]),
    {T1, V1} = timer:tc(fun() -> timer:sleep(2), done end),
    {T2, V2} = timer:tc(fun lists:reverse/1, [[1, 2]]),
    {T3, V3} = timer:tc(lists, seq, [1, 3]),
    io:format("tc: ~p~n", [[{is_integer(T), V} || {T, V} <- [{T1, V1}, {T2, V2}, {T3, V3}]]]),
    io:format("tc slept: ~p~n", [T1 >= 2000]),
    io:format("tc errors: ~p~n", [[t(fun() -> timer:tc(fun() -> ok end, a) end),
                                   t(fun() -> timer:tc(std_timer_none, f, []) end),
                                   t(fun() -> timer:tc(fun() -> exit(inside) end) end)]]),
    io:format("start: ~p~n", [[timer:start(), is_pid(whereis(timer_server))]]).

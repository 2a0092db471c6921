%% timer — OTP 25's timer module: sleep, tc, the time conversions, and the
%% timers: send_after/2,3 on erlang:send_after/3 directly, the others
%% (apply_after, exit_after, kill_after, send_after to a registered name,
%% apply_interval, send_interval) in a server process registered as
%% timer_server, started on first use as OTP starts its own. The server
%% here is a plain process, not a gen_server; its protocol is private.
%% Timer references are OTP's: {instant | send_local | once | interval, Ref}.
%% An interval timer runs in a process of its own that the server monitors;
%% it stops when cancelled, or when the process it works for dies (the
%% destination of send_interval, the caller of apply_interval).
-module(timer).

-export([sleep/1, send_after/2, send_after/3, exit_after/2, exit_after/3,
         kill_after/1, kill_after/2, apply_after/4, apply_interval/4,
         send_interval/2, send_interval/3, cancel/1,
         tc/1, tc/2, tc/3, now_diff/2, seconds/1, minutes/1, hours/1, hms/3,
         start/0, start_link/0]).

-define(MAX_AFTER, 16#ffffffff).
-define(VALID_TIME(T), is_integer(T), T >= 0).
-define(VALID_MFA(M, F, A), is_atom(M), is_atom(F), is_list(A)).

%% --- sleeping and measuring -------------------------------------------------

%% a receive timeout is at most 2^32-1 ms: longer sleeps are taken in parts
sleep(T) when is_integer(T), T > ?MAX_AFTER ->
    receive after ?MAX_AFTER -> sleep(T - ?MAX_AFTER) end;
sleep(T) ->
    receive after T -> ok end.

tc(F) ->
    T0 = erlang:monotonic_time(),
    V = F(),
    {elapsed(T0), V}.

tc(F, A) ->
    T0 = erlang:monotonic_time(),
    V = apply(F, A),
    {elapsed(T0), V}.

tc(M, F, A) ->
    T0 = erlang:monotonic_time(),
    V = apply(M, F, A),
    {elapsed(T0), V}.

elapsed(T0) ->
    erlang:convert_time_unit(erlang:monotonic_time() - T0, native, microsecond).

now_diff({Mega2, S2, Micro2}, {Mega1, S1, Micro1}) ->
    ((Mega2 - Mega1) * 1000000 + S2 - S1) * 1000000 + Micro2 - Micro1.

seconds(S) -> 1000 * S.
minutes(M) -> 1000 * 60 * M.
hours(H) -> 1000 * 60 * 60 * H.
hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

%% --- one-shot timers ----------------------------------------------------------

send_after(T, Msg) -> send_after(T, self(), Msg).

send_after(0, Dest, Msg) when is_pid(Dest); is_atom(Dest) ->
    Dest ! Msg,
    {ok, {instant, make_ref()}};
send_after(0, {Name, Node} = Dest, Msg) when is_atom(Name), is_atom(Node) ->
    Dest ! Msg,
    {ok, {instant, make_ref()}};
send_after(T, Pid, Msg) when ?VALID_TIME(T), is_pid(Pid) ->
    {ok, {send_local, erlang:send_after(T, Pid, Msg)}};
send_after(T, Name, Msg) when ?VALID_TIME(T), is_atom(Name) ->
    once(T, {send, Name, Msg});
send_after(T, {Name, Node} = Dest, Msg) when ?VALID_TIME(T), is_atom(Name), is_atom(Node) ->
    once(T, {send, Dest, Msg});
send_after(_, _, _) -> {error, badarg}.

exit_after(T, Reason) -> exit_after(T, self(), Reason).
exit_after(T, Pid, Reason) -> apply_after(T, erlang, exit, [Pid, Reason]).

kill_after(T) -> exit_after(T, self(), kill).
kill_after(T, Pid) -> exit_after(T, Pid, kill).

apply_after(0, M, F, A) when ?VALID_MFA(M, F, A) ->
    run({apply, M, F, A}),
    {ok, {instant, make_ref()}};
apply_after(T, M, F, A) when ?VALID_TIME(T), ?VALID_MFA(M, F, A) ->
    once(T, {apply, M, F, A});
apply_after(_, _, _, _) -> {error, badarg}.

once(T, Action) -> call({once, T, Action}).

%% --- interval timers ----------------------------------------------------------

apply_interval(T, M, F, A) when ?VALID_TIME(T), ?VALID_MFA(M, F, A) ->
    call({interval, T, self(), {apply, M, F, A}});
apply_interval(_, _, _, _) -> {error, badarg}.

send_interval(T, Msg) -> send_interval(T, self(), Msg).

send_interval(T, Pid, Msg) when ?VALID_TIME(T), is_pid(Pid); ?VALID_TIME(T), is_atom(Pid) ->
    call({interval, T, Pid, {send, Pid, Msg}});
send_interval(T, {Name, Node} = Dest, Msg) when ?VALID_TIME(T), is_atom(Name), is_atom(Node) ->
    call({interval, T, Dest, {send, Dest, Msg}});
send_interval(_, _, _) -> {error, badarg}.

cancel({instant, Ref}) when is_reference(Ref) -> {ok, cancel};
cancel({send_local, Ref}) when is_reference(Ref) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({once, Ref} = TRef) when is_reference(Ref) -> call({cancel, TRef});
cancel({interval, Ref} = TRef) when is_reference(Ref) -> call({cancel, TRef});
cancel(_) -> {error, badarg}.

%% What a timer does when it fires: send (a failing send to a name that is
%% not registered is ignored), or apply in a new process.
run({send, Dest, Msg}) ->
    catch Dest ! Msg,
    ok;
run({apply, M, F, A}) ->
    _ = spawn(M, F, A),
    ok.

%% --- the server ---------------------------------------------------------------

start() ->
    _ = server(),
    ok.

start_link() ->
    case whereis(timer_server) of
        undefined ->
            Pid = server(),
            link(Pid),
            {ok, Pid};
        Pid -> {error, {already_started, Pid}}
    end.

%% server(): the server's pid, started if it is not running. The new
%% process registers itself; if another process won that race, it answers
%% with the winner and ends.
server() ->
    case whereis(timer_server) of
        undefined ->
            Tag = make_ref(),
            Caller = self(),
            _ = spawn(fun() -> server_init(Caller, Tag) end),
            receive {Tag, Pid} -> Pid end;
        Pid -> Pid
    end.

server_init(Caller, Tag) ->
    try register(timer_server, self()) of
        true ->
            Caller ! {Tag, self()},
            server_loop(#{})
    catch
        error:badarg -> Caller ! {Tag, whereis(timer_server)}
    end.

call(Req) ->
    Pid = server(),
    Mon = erlang:monitor(process, Pid),
    Pid ! {timer_request, self(), Mon, Req},
    receive
        {Mon, Reply} ->
            erlang:demonitor(Mon, [flush]),
            Reply;
        {'DOWN', Mon, process, _, Reason} ->
            exit({Reason, {?MODULE, call, [Req]}})
    end.

%% Timers: a map from the reference in a timer's TRef to once (an
%% erlang:start_timer/3 to the server) or {interval, Pid} (the monitor of
%% the process running it).
server_loop(Timers) ->
    receive
        {timer_request, From, Tag, Req} ->
            {Reply, Timers1} = request(Req, Timers),
            From ! {Tag, Reply},
            server_loop(Timers1);
        {timeout, Ref, {once, Action}} ->
            case maps:is_key(Ref, Timers) of
                true ->
                    run(Action),
                    server_loop(maps:remove(Ref, Timers));
                false -> server_loop(Timers)
            end;
        {'DOWN', Ref, process, _, _} ->
            server_loop(maps:remove(Ref, Timers));
        _ ->
            server_loop(Timers)
    end.

request({once, T, Action}, Timers) ->
    try erlang:start_timer(T, self(), {once, Action}) of
        Ref -> {{ok, {once, Ref}}, Timers#{Ref => once}}
    catch
        error:badarg -> {{error, badarg}, Timers}
    end;
request({interval, T, Target, Action}, Timers) ->
    Server = self(),
    {Pid, Ref} = spawn_monitor(fun() -> interval_init(Server, T, Target, Action) end),
    {{ok, {interval, Ref}}, Timers#{Ref => {interval, Pid}}};
request({cancel, {once, Ref}}, Timers) ->
    _ = erlang:cancel_timer(Ref),
    {{ok, cancel}, maps:remove(Ref, Timers)};
request({cancel, {interval, Ref}}, Timers) ->
    case maps:find(Ref, Timers) of
        {ok, {interval, Pid}} ->
            erlang:demonitor(Ref, [flush]),
            Pid ! cancel;
        _ -> ok
    end,
    {{ok, cancel}, maps:remove(Ref, Timers)}.

%% An interval timer's process: it runs Action every T ms until it is
%% cancelled or the server or the target dies.
interval_init(Server, T, Target, Action) ->
    ServerMon = erlang:monitor(process, Server),
    TargetMon = erlang:monitor(process, Target),
    interval_loop(ServerMon, TargetMon, T, Action, erlang:start_timer(T, self(), tick)).

interval_loop(ServerMon, TargetMon, T, Action, Timer) ->
    receive
        cancel -> _ = erlang:cancel_timer(Timer);
        {'DOWN', ServerMon, process, _, _} -> _ = erlang:cancel_timer(Timer);
        {'DOWN', TargetMon, process, _, _} -> _ = erlang:cancel_timer(Timer);
        {timeout, Timer, tick} ->
            run(Action),
            interval_loop(ServerMon, TargetMon, T, Action,
                          erlang:start_timer(T, self(), tick))
    end.

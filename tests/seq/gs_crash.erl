%% Crashing gen_servers and what OTP reports for them: errors, exits and
%% bad results in each callback, a crash in terminate/2, failures in
%% init/1, an unexpected message to a server without handle_info/2, and a
%% server that traps exits whose parent dies.
-module(gs_crash).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2]).

init(crash) -> 1 = 2;
init(exit) -> exit(init_exit);
init(stop) -> {stop, no_way};
init(ignore) -> ignore;
init(bad) -> bad_return;
init(throw) -> throw({ok, thrown_state});
init({trap, Parent}) ->
    process_flag(trap_exit, true),
    {ok, {trap, Parent}};
init(S) -> {ok, S}.

handle_call(badarith, _From, S) -> {reply, 1 / zero(), S};
handle_call(exit, _From, _S) -> exit(call_exit);
handle_call(bad, _From, _S) -> what;
handle_call({stop, R}, _From, S) -> {stop, R, {stopping, R}, S};
handle_call(get, _From, S) -> {reply, S, S}.

handle_cast(badmatch, S) -> {a, b} = S, {noreply, S};
handle_cast(throw, _S) -> throw(not_a_result);
handle_cast({stop, R}, S) -> {stop, R, S}.

terminate(_Reason, terminate_crash) -> erlang:error(in_terminate);
terminate(Reason, {trap, Parent}) -> Parent ! {terminated, Reason}, ok;
terminate(_Reason, _S) -> ok.

zero() -> 0.

show(Label, X) -> io:format("~s: ~p~n", [Label, X]).

%% the reason a server died with; a stack is left out (it has frames of
%% the stdlib, which differ between VMs)
died(P) ->
    M = monitor(process, P),
    receive
        {'DOWN', M, process, P, {R, [_ | _]}} -> {R, stack};
        {'DOWN', M, process, P, R} -> R
    end.

start(Arg) ->
    {ok, P} = gen_server:start(gs_crash, Arg, []),
    P.

call(P, Req) ->
    case catch gen_server:call(P, Req) of
        {'EXIT', {{R, [_ | _]}, {gen_server, call, _}}} -> {'EXIT', {R, stack}};
        {'EXIT', {R, {gen_server, call, _}}} -> {'EXIT', R};
        Other -> Other
    end.

main(_) ->
    P1 = start(s1),
    show("badarith", call(P1, badarith)),
    P2 = start(s2),
    show("exit", call(P2, exit)),
    P3 = start(s3),
    show("bad return", call(P3, bad)),
    P4 = start(s4),
    show("stop reason", call(P4, {stop, my_reason})),
    P5 = start(s5),
    show("stop normal", call(P5, {stop, normal})),
    P6 = start(s6),
    show("stop shutdown", call(P6, {stop, {shutdown, tidy}})),

    P7 = start(s7),
    gen_server:cast(P7, badmatch),
    show("badmatch", died(P7)),
    P8 = start(s8),
    gen_server:cast(P8, throw),
    show("throw", died(P8)),
    P9 = start(terminate_crash),
    gen_server:cast(P9, {stop, normal}),
    show("terminate crash", died(P9)),

    %% no handle_info/2: a warning, and the server goes on
    P10 = start(s10),
    P10 ! unexpected,
    show("after info", gen_server:call(P10, get)),
    gen_server:stop(P10),

    %% init
    %% (start_monitor: it returns once the server is gone, so the reports
    %% come in order)
    show("init crash", case gen_server:start_monitor(gs_crash, crash, []) of
                           {error, {R, [_ | _]}} -> {error, {R, stack}}
                       end),
    show("init exit", gen_server:start_monitor(gs_crash, exit, [])),
    show("init stop", gen_server:start_monitor(gs_crash, stop, [])),
    show("init ignore", gen_server:start({local, ignored}, gs_crash, ignore, [])),
    show("whereis ignored", whereis(ignored)),
    show("init bad", gen_server:start_monitor(gs_crash, bad, [])),
    {ok, P11} = gen_server:start(gs_crash, throw, []),
    show("init throw", gen_server:call(P11, get)),
    gen_server:stop(P11),

    %% start_link from a process that traps exits: the EXIT comes too
    process_flag(trap_exit, true),
    show("link init stop", gen_server:start_link(gs_crash, stop, [])),
    receive {'EXIT', _, R1} -> show("EXIT", R1) end,
    %% a trapping server whose parent dies: terminate/2 runs
    Self = self(),
    Parent = spawn(fun() ->
                           {ok, S} = gen_server:start_link(gs_crash, {trap, Self}, []),
                           Self ! {server, S},
                           receive stop -> exit(parent_gone) end
                   end),
    S = receive {server, Srv} -> Srv end,
    M = monitor(process, S),
    Parent ! stop,
    receive {terminated, TR} -> show("terminated", TR) end,
    receive {'DOWN', M, process, S, SR} -> show("server", SR) end,
    ok.

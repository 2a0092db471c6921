%% exit/2: exit signals sent directly, no link needed. normal is ignored by
%% a process that does not trap exits and delivered as a message to one that
%% does; any other reason kills a non-trapping process and is delivered to a
%% trapping one, except kill, which kills both (reason killed).
%% exit(self(), normal) kills the caller.
-module(link_signals).
-export([main/1, target/2, self_exit/2]).

%% target(Parent, Trap): report every message to Parent
target(Parent, Trap) ->
    process_flag(trap_exit, Trap),
    Parent ! {ready, self()},
    target_loop(Parent).

target_loop(Parent) ->
    receive
        {'EXIT', From, Reason} ->
            Parent ! {got, self(), {'EXIT', From =:= Parent, Reason}},
            target_loop(Parent);
        {ping, Parent} ->
            Parent ! {pong, self()},
            target_loop(Parent)
    end.

%% self_exit(Parent, {Trap, Reason}): call exit(self(), Reason)
self_exit(Parent, {Trap, Reason}) ->
    process_flag(trap_exit, Trap),
    exit(self(), Reason),
    receive
        Msg ->
            Parent ! {self(), still_running, Msg}
    end.

%% send(Trap, Reason): start a target, send it exit(T, Reason), report
send(Trap, Reason) ->
    T = spawn(?MODULE, target, [self(), Trap]),
    receive {ready, T} -> ok end,
    Ref = monitor(process, T),
    true = exit(T, Reason),
    T ! {ping, self()},
    Seen = collect(T, Ref, []),
    io:format("trap ~p, exit(T, ~p): ~p~n", [Trap, Reason, Seen]),
    exit(T, kill),
    receive {'DOWN', Ref, process, T, _} -> ok after 0 -> ok end,
    demonitor(Ref, [flush]).

%% collect what the target reports until it answers pong or dies
collect(T, Ref, Acc) ->
    receive
        {got, T, What} -> collect(T, Ref, [What | Acc]);
        {pong, T} -> lists:reverse([alive | Acc]);
        {'DOWN', Ref, process, T, Why} -> lists:reverse([{dead, Why} | Acc])
    end.

self_exit_case(Trap, Reason) ->
    {P, Ref} = spawn_monitor(?MODULE, self_exit, [self(), {Trap, Reason}]),
    receive
        {P, still_running, {'EXIT', From, R}} ->
            io:format("trap ~p, exit(self(), ~p): message ~p~n",
                      [Trap, Reason, {'EXIT', From =:= P, R}]),
            receive {'DOWN', Ref, process, P, _} -> ok end;
        {'DOWN', Ref, process, P, Why} ->
            io:format("trap ~p, exit(self(), ~p): died ~p~n", [Trap, Reason, Why])
    end.

main(_) ->
    send(false, normal),
    send(true, normal),
    send(false, stop_now),
    send(true, stop_now),
    send(false, kill),
    send(true, kill),
    send(true, {shutdown, 1}),

    self_exit_case(false, normal),
    self_exit_case(false, other),
    self_exit_case(true, normal),
    self_exit_case(true, other),
    self_exit_case(false, kill),
    self_exit_case(true, kill),

    %% exit/2 to a dead process is true; to a non-pid, badarg
    {D, DRef} = spawn_monitor(?MODULE, self_exit, [self(), {false, normal}]),
    receive {'DOWN', DRef, process, D, _} -> ok end,
    io:format("exit(Dead, x): ~p~n", [exit(D, x)]),
    io:format("exit(foo, x): ~p~n", [try exit(foo, x) catch error:E -> {error, E} end]),
    io:format("main still alive: ~p~n", [is_process_alive(self())]),
    ok.

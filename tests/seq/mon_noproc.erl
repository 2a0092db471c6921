%% Monitoring something that is not there: a dead pid, an unregistered name,
%% or {Name, node()} with an unregistered name. monitor/2 still returns a
%% reference, and a DOWN with reason noproc arrives at once.
-module(mon_noproc).
-export([main/1, quick/0, wait/0]).

quick() -> ok.

wait() ->
    receive stop -> ok end.

dead_pid() ->
    {P, Ref} = spawn_monitor(?MODULE, quick, []),
    receive
        {'DOWN', Ref, process, P, normal} -> P
    end.

main(_) ->
    Dead = dead_pid(),
    Ref = monitor(process, Dead),
    io:format("monitor of dead pid is a ref: ~p~n", [is_reference(Ref)]),
    receive
        {'DOWN', Ref, process, Obj, Reason} ->
            io:format("dead pid: ~p ~p~n", [Obj =:= Dead, Reason])
    end,

    undefined = whereis(mon_noproc_nobody),
    NRef = monitor(process, mon_noproc_nobody),
    receive
        {'DOWN', NRef, process, NObj, NReason} ->
            io:format("unregistered name: ~p ~p~n", [NObj, NReason]),
            io:format("object is {Name, node()}: ~p~n",
                      [NObj =:= {mon_noproc_nobody, node()}])
    end,

    TRef = monitor(process, {mon_noproc_nobody, node()}),
    receive
        {'DOWN', TRef, process, TObj, TReason} ->
            io:format("unregistered {name, node}: ~p ~p~n", [TObj, TReason])
    end,

    %% the DOWN is a message like any other: after a message sent earlier
    self() ! first,
    LRef = monitor(process, Dead),
    receive M1 -> io:format("first message: ~p~n", [M1]) end,
    receive
        {'DOWN', LRef, process, _, R2} -> io:format("then DOWN: ~p~n", [R2])
    end,

    %% a name whose process has died since it was registered
    {G, GRef} = spawn_monitor(?MODULE, wait, []),
    true = register(mon_noproc_gone, G),
    G ! stop,
    receive {'DOWN', GRef, process, G, _} -> ok end,
    ARef = monitor(process, mon_noproc_gone),
    receive
        {'DOWN', ARef, process, AObj, AReason} ->
            io:format("name of a dead process: ~p ~p~n", [AObj, AReason])
    end,

    %% nothing else is left in the mailbox
    receive Other -> io:format("unexpected: ~p~n", [Other])
    after 0 -> io:format("mailbox empty~n")
    end,
    ok.

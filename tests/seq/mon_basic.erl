%% monitor(process, Pid | Name | {Name, Node}): a reference, and one
%% {'DOWN', Ref, process, Object, Reason} when the target ends. Object is the
%% pid for a pid monitor and {Name, Node} for a monitor by name. Several
%% monitors on one process each get their own DOWN.
-module(mon_basic).
-export([main/1, wait/0]).

wait() ->
    receive
        {die, Reason} -> exit(Reason)
    end.

down(Ref) ->
    receive
        {'DOWN', Ref, Type, Object, Reason} -> {Type, Object, Reason}
    end.

main(_) ->
    %% a monitor is a reference; the target is not linked
    P = spawn(?MODULE, wait, []),
    Ref = monitor(process, P),
    io:format("is_reference: ~p~n", [is_reference(Ref)]),
    P ! {die, {some, reason}},
    {process, Obj, Reason} = down(Ref),
    io:format("DOWN object is pid: ~p, reason: ~p~n", [Obj =:= P, Reason]),

    %% reasons pass through unchanged
    [begin
         Q = spawn(?MODULE, wait, []),
         R = monitor(process, Q),
         Q ! {die, Why},
         {process, Q, Got} = down(R),
         io:format("exit ~p -> DOWN ~p~n", [Why, Got])
     end || Why <- [normal, kill, shutdown, {shutdown, x}, "text", 42]],

    %% three monitors on one process: three DOWNs, three distinct refs
    M = spawn(?MODULE, wait, []),
    Refs = [monitor(process, M) || _ <- [1, 2, 3]],
    io:format("distinct refs: ~p~n", [length(lists:usort(Refs)) =:= 3]),
    M ! {die, multi},
    Downs = [down(R) || R <- Refs],
    io:format("three DOWNs: ~p~n", [[{T, O =:= M, W} || {T, O, W} <- Downs]]),

    %% by registered name: the DOWN names {Name, Node}
    N = spawn(?MODULE, wait, []),
    true = register(mon_basic_target, N),
    NRef = monitor(process, mon_basic_target),
    N ! {die, by_name},
    io:format("by name: ~p~n", [down(NRef)]),
    io:format("name released: ~p~n", [whereis(mon_basic_target)]),

    %% by {Name, node()}
    N2 = spawn(?MODULE, wait, []),
    true = register(mon_basic_other, N2),
    N2Ref = monitor(process, {mon_basic_other, node()}),
    N2 ! {die, by_tuple},
    io:format("by {name, node}: ~p~n", [down(N2Ref)]),

    %% a monitor does not link: the watcher does not die with the target
    io:format("watcher alive: ~p~n", [is_process_alive(self())]),
    io:format("bad monitor type: ~p~n",
              [try monitor(proc, self()) catch error:E1 -> {error, E1} end]),
    io:format("bad monitor target: ~p~n",
              [try monitor(process, 42) catch error:E2 -> {error, E2} end]),
    ok.

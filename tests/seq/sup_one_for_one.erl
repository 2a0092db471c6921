%% supervisor, one_for_one: each restart type (permanent, transient,
%% temporary) ending normally, with shutdown, {shutdown, _} and an error;
%% only the child that ended is restarted, with the SUPERVISOR REPORTs OTP
%% prints (child_terminated) in sup_one_for_one.err. The workers tell the
%% tester when they start, so the test waits for each restart.
-module(sup_one_for_one).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/1, worker/1]).

init(Specs) ->
    {ok, {#{strategy => one_for_one, intensity => 20, period => 10}, Specs}}.

%% the start function, run by the supervisor: spawn_link and say so
start_worker(Id) ->
    Pid = spawn_link(?MODULE, worker, [Id]),
    tester ! {started, Id, Pid},
    {ok, Pid}.

worker(Id) ->
    receive
        {exit, Reason} -> exit(Reason);
        {ping, From} -> From ! {pong, Id, self()}, worker(Id)
    end.

spec(Id, Restart) ->
    #{id => Id, start => {?MODULE, start_worker, [Id]}, restart => Restart}.

started(Id) ->
    receive {started, Id, Pid} -> Pid
    after 5000 -> exit({timeout, started, Id})
    end.

%% stop a child with Reason and wait until it has ended
stop(Pid, Reason) ->
    Ref = monitor(process, Pid),
    Pid ! {exit, Reason},
    receive {'DOWN', Ref, process, Pid, R} -> R
    after 5000 -> exit({timeout, down})
    end.

%% a call the supervisor serves after every signal sent to it before
ids(Sup) ->
    [{Id, case P of
              undefined -> undefined;
              _ when is_pid(P) -> pid
          end, T, M} || {Id, P, T, M} <- supervisor:which_children(Sup)].

main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, sup1}, ?MODULE,
                                      [spec(perm, permanent),
                                       spec(trans, transient),
                                       spec(temp, temporary)]),
    [P1, T1, X1] = [started(Id) || Id <- [perm, trans, temp]],
    io:format("children: ~p~n", [ids(sup1)]),
    io:format("whereis: ~p~n", [whereis(sup1) =:= Sup]),

    %% permanent: restarted whatever the reason, normal included
    io:format("perm ends normal: ~p~n", [stop(P1, normal)]),
    P2 = started(perm),
    io:format("perm restarted: ~p~n", [P2 =/= P1]),
    io:format("perm ends boom: ~p~n", [stop(P2, boom)]),
    P3 = started(perm),
    io:format("perm restarted: ~p~n", [P3 =/= P2]),
    io:format("perm ends {shutdown,x}: ~p~n", [stop(P3, {shutdown, x})]),
    P4 = started(perm),
    io:format("children: ~p~n", [ids(sup1)]),

    %% transient: restarted only after an abnormal end
    io:format("trans ends boom: ~p~n", [stop(T1, boom)]),
    T2 = started(trans),
    io:format("trans ends shutdown: ~p~n", [stop(T2, shutdown)]),
    io:format("children: ~p~n", [ids(sup1)]),
    io:format("restart trans: ~p~n",
              [element(1, supervisor:restart_child(sup1, trans))]),
    T3 = started(trans),
    io:format("trans ends normal: ~p~n", [stop(T3, normal)]),
    io:format("children: ~p~n", [ids(sup1)]),

    %% temporary: never restarted; an abnormal end is still reported
    io:format("temp ends {badmatch,1}: ~p~n", [stop(X1, {badmatch, 1})]),
    io:format("children: ~p~n", [ids(sup1)]),
    {ok, X2} = supervisor:start_child(sup1, spec(temp, temporary)),
    X2 = started(temp),
    io:format("temp ends normal: ~p~n", [stop(X2, normal)]),
    io:format("children: ~p~n", [ids(sup1)]),

    %% the permanent child still answers; other processes' exits are ignored
    P4 ! {ping, self()},
    receive {pong, perm, P4} -> io:format("perm pong~n") end,
    io:format("count: ~p~n", [supervisor:count_children(sup1)]),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, R} -> io:format("sup down: ~p~n", [R]) end,
    io:format("perm alive: ~p~n", [is_process_alive(P4)]),
    io:format("whereis: ~p~n", [whereis(sup1)]).

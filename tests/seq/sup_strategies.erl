%% supervisor, one_for_all and rest_for_one: which siblings are stopped
%% (most recently started first, with exit(Child, shutdown)) and restarted
%% (in start order) when one child ends; a temporary sibling stopped that
%% way is not restarted, a transient one is. The workers trap exits and
%% tell the tester when they start and stop.
-module(sup_strategies).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/1, worker/1]).

init({Strategy, Specs}) ->
    {ok, {{Strategy, 10, 60}, Specs}}.

%% the worker traps exits before the start returns (as proc_lib:start_link
%% would make sure), so it always sees the supervisor's shutdown
start_worker(Id) ->
    Pid = spawn_link(?MODULE, worker, [{Id, self()}]),
    receive {trapping, Pid} -> ok end,
    tester ! {event, {started, Id}},
    {ok, Pid}.

worker({Id, Parent}) ->
    process_flag(trap_exit, true),
    Parent ! {trapping, self()},
    loop(Id).

loop(Id) ->
    receive
        {exit, Reason} -> exit(Reason);
        {'EXIT', _, Reason} ->
            tester ! {event, {stopped, Id, Reason}},
            exit(Reason)
    end.

spec(Id, Restart) ->
    {Id, {?MODULE, start_worker, [Id]}, Restart, 1000, worker, [?MODULE]}.

%% every event sent so far: the supervisor has answered a call since
drain() ->
    receive {event, E} -> [E | drain()]
    after 0 -> []
    end.

pid(Sup, Id) ->
    {Id, Pid, _, _} = lists:keyfind(Id, 1, supervisor:which_children(Sup)),
    Pid.

%% end child Id with Reason; once it is down and the supervisor has served
%% a call after its 'EXIT', print what was stopped and started
crash(Sup, Id, Reason) ->
    Pid = pid(Sup, Id),
    Ref = monitor(process, Pid),
    Pid ! {exit, Reason},
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    Children = [{I, is_pid(P)} || {I, P, _, _} <- supervisor:which_children(Sup)],
    io:format("~p ends ~p:~n  ~p~n", [Id, Reason, drain()]),
    io:format("  children: ~p~n", [Children]).

run(Strategy) ->
    io:format("--- ~p~n", [Strategy]),
    {ok, Sup} = supervisor:start_link(?MODULE, {Strategy, [spec(a, permanent),
                                                           spec(b, transient),
                                                           spec(c, temporary),
                                                           spec(d, permanent)]}),
    supervisor:which_children(Sup),
    io:format("start: ~p~n", [drain()]),
    %% c is temporary: its own end restarts nobody
    crash(Sup, c, boom),
    {ok, _} = supervisor:start_child(Sup, spec(c, temporary)),
    io:format("start_child c: ~p~n", [drain()]),
    crash(Sup, b, boom),
    crash(Sup, a, boom),
    %% a transient child ending normally is not restarted: nobody moves
    crash(Sup, b, normal),
    crash(Sup, d, boom),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, R} -> io:format("sup ~p: ~p~n", [R, drain()]) end.

main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    run(one_for_all),
    run(rest_for_one).

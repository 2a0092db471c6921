%% A restart that fails (the start function returns an error) is reported
%% (start_error) and tried again later; each attempt counts toward the
%% restart intensity. A start that fails once is retried and succeeds;
%% one that keeps failing makes the supervisor give up (here at the 4th
%% restart in the period: intensity 3). With rest_for_one
%% the siblings after the failed child wait for it; with one_for_all the
%% ones started before it are stopped and started again at the next try.
-module(sup_restart_fail).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/1, worker/0]).

init(Strategy) ->
    {ok, {#{strategy => Strategy, intensity => 3, period => 60},
          [#{id => Id, start => {?MODULE, start_worker, [Id]}} || Id <- [a, b, c]]}}.

%% fails while a process is registered as fail_Id (once, if it is
%% registered as once_Id)
start_worker(Id) ->
    Once = list_to_atom("once_" ++ atom_to_list(Id)),
    case {whereis(list_to_atom("fail_" ++ atom_to_list(Id))), whereis(Once)} of
        {undefined, undefined} ->
            Pid = spawn_link(?MODULE, worker, []),
            tester ! {started, Id},
            {ok, Pid};
        {undefined, _} ->
            unregister(Once),
            tester ! {failed, Id},
            {error, {once, Id}};
        _ ->
            tester ! {failed, Id},
            {error, {always, Id}}
    end.

worker() ->
    receive
        {exit, Reason} -> exit(Reason)
    end.

flag(Name) ->
    register(Name, spawn_link(fun() -> receive stop -> ok end end)).

events(0) -> [];
events(N) ->
    receive {E, Id} when E =:= started; E =:= failed -> [{E, Id} | events(N - 1)]
    after 5000 -> [timeout]
    end.

crash(Sup, Id) ->
    {Id, Pid, _, _} = lists:keyfind(Id, 1, supervisor:which_children(Sup)),
    Pid ! {exit, crash}.

run(Strategy) ->
    io:format("--- ~p~n", [Strategy]),
    {ok, Sup} = supervisor:start_link({local, Strategy}, ?MODULE, Strategy),
    io:format("start: ~p~n", [events(3)]),
    flag(once_b),
    crash(Sup, b),
    io:format("b crashes, fails once: ~p~n",
              [events(case Strategy of one_for_one -> 2; rest_for_one -> 3; one_for_all -> 5 end)]),
    io:format("children: ~p~n",
              [[{I, is_pid(P)} || {I, P, _, _} <- supervisor:which_children(Sup)]]),
    flag(fail_b),
    crash(Sup, b),
    io:format("b crashes, fails always: ~p~n",
              [events(case Strategy of one_for_all -> 2; _ -> 1 end)]),
    receive {'EXIT', Sup, R} -> io:format("supervisor: ~p~n", [R]) end,
    whereis(fail_b) ! stop,
    receive {'EXIT', _, normal} -> ok end.

main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    run(one_for_one),
    run(rest_for_one),
    run(one_for_all).

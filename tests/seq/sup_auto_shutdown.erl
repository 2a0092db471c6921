%% auto_shutdown: a significant child that ends for good (transient ending
%% normally, temporary ending anyhow) stops the supervisor (reason
%% shutdown) with any_significant, or once no significant child runs with
%% all_significant; never refuses significant children.
-module(sup_auto_shutdown).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/1, worker/0]).

init({Auto, Specs}) ->
    {ok, {#{auto_shutdown => Auto, intensity => 5}, Specs}}.

start_worker(_Id) -> {ok, spawn_link(?MODULE, worker, [])}.

worker() ->
    receive {exit, R} -> exit(R) end.

spec(Id, Restart, Significant) ->
    #{id => Id, start => {?MODULE, start_worker, [Id]}, restart => Restart,
      significant => Significant}.

stop(Sup, Id, Reason) ->
    {Id, Pid, _, _} = lists:keyfind(Id, 1, supervisor:which_children(Sup)),
    Ref = monitor(process, Pid),
    Pid ! {exit, Reason},
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    %% the supervisor has seen the 'EXIT' when it answers; or it is gone,
    %% before the call (noproc) or during it (shutdown)
    R = case catch supervisor:count_children(Sup) of
            {'EXIT', {noproc, _}} -> gone;
            {'EXIT', {shutdown, _}} -> gone;
            Counts -> Counts
        end,
    io:format("~p ends ~p: ~p~n", [Id, Reason, R]).

gone(Sup) ->
    receive {'EXIT', Sup, R} -> io:format("supervisor exit: ~p~n", [R])
    after 5000 -> io:format("supervisor still there~n")
    end.

main(_) ->
    process_flag(trap_exit, true),
    {ok, S1} = supervisor:start_link(?MODULE, {any_significant,
                                               [spec(a, transient, true),
                                                spec(b, transient, false),
                                                spec(c, temporary, true)]}),
    stop(S1, b, normal),
    stop(S1, a, crash),
    stop(S1, a, normal),
    gone(S1),

    {ok, S2} = supervisor:start_link(?MODULE, {all_significant,
                                               [spec(a, transient, true),
                                                spec(c, temporary, true),
                                                spec(p, permanent, false)]}),
    stop(S2, c, crash),
    stop(S2, p, normal),
    stop(S2, a, {shutdown, done}),
    gone(S2),

    io:format("never: ~p~n",
              [supervisor:start_link(?MODULE, {never, [spec(a, transient, true)]})]),
    receive {'EXIT', _, R} -> io:format("exit: ~p~n", [R]) end,
    io:format("permanent: ~p~n",
              [supervisor:start_link(?MODULE, {any_significant, [spec(a, permanent, true)]})]),
    receive {'EXIT', _, R2} -> io:format("exit: ~p~n", [R2]) end,
    io:format("bad auto_shutdown: ~p~n",
              [supervisor:start_link(?MODULE, {sometimes, []})]),
    receive {'EXIT', _, R3} -> io:format("exit: ~p~n", [R3]) end.

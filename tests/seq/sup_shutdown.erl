%% How a supervisor stops a child: brutal_kill (exit kill), a time
%% (exit shutdown, then kill when the child has not ended in time) and
%% infinity (wait). A child ending with another reason than the one asked
%% for is reported (shutdown_error, in sup_shutdown.err), except normal or
%% {shutdown, _} for a child that is not permanent. The supervisor's own shutdown stops the
%% children, most recent first.
-module(sup_shutdown).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/2, worker/2]).

init(Specs) ->
    {ok, {#{strategy => one_for_one}, Specs}}.

%% the worker traps exits before the start returns (as proc_lib:start_link
%% would make sure), then does As when asked to stop
start_worker(Id, As) ->
    Pid = spawn_link(?MODULE, worker, [{Id, self()}, As]),
    receive {trapping, Pid} -> {ok, Pid} end.

worker({Id, Parent}, As) ->
    process_flag(trap_exit, true),
    Parent ! {trapping, self()},
    receive
        {'EXIT', Parent, Reason} ->
            tester ! {asked, Id, Reason},
            case As of
                obey -> exit(Reason);
                ignore -> receive never -> ok end;
                {exit, Other} -> exit(Other)
            end
    end.

spec(Id, As, Restart, Shutdown) ->
    {Id, {?MODULE, start_worker, [Id, As]}, Restart, Shutdown, worker, [?MODULE]}.

asked() ->
    receive {asked, Id, Reason} -> {Id, Reason}
    after 0 -> nothing
    end.

stop(Id) ->
    R = supervisor:terminate_child(shut, Id),
    io:format("terminate_child ~p: ~p, ~p~n", [Id, R, asked()]).

main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(
                  {local, shut}, ?MODULE,
                  [spec(brutal, ignore, permanent, brutal_kill),
                   spec(polite, obey, permanent, 1000),
                   spec(deaf, ignore, permanent, 50),
                   spec(patient, obey, permanent, infinity),
                   spec(odd, {exit, odd}, permanent, infinity),
                   spec(normal_t, {exit, normal}, transient, 1000),
                   spec(normal_p, {exit, normal}, permanent, 1000),
                   spec(sd_t, {exit, {shutdown, x}}, transient, 1000),
                   spec(sd_p, {exit, {shutdown, x}}, permanent, 1000),
                   spec(last, obey, permanent, 1000),
                   spec(first_stopped, obey, permanent, 1000)]),
    [stop(Id) || Id <- [brutal, polite, deaf, patient, odd, normal_t, normal_p, sd_t, sd_p]],
    io:format("children: ~p~n",
              [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(shut)]]),
    [io:format("restart_child ~p: ~p~n", [Id, element(1, supervisor:restart_child(shut, Id))])
     || Id <- [odd, deaf]],
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, R} -> io:format("supervisor: ~p~n", [R]) end,
    io:format("asked: ~p~n", [drain()]).

drain() ->
    case asked() of
        nothing -> [];
        A -> [A | drain()]
    end.

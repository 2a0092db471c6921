%% supervisor's child API: start_child (map and tuple specs, ignore,
%% {ok, Pid, Info}, start errors, bad specs, already_started,
%% already_present), terminate_child (by id and by pid), restart_child,
%% delete_child, get_childspec, count_children, which_children, and their
%% error results; a call to a supervisor that is not there.
-module(sup_api).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/2, worker/0]).

init(Specs) ->
    {ok, {#{}, Specs}}.

%% How: ok | info | ignore | error | junk | crash
start_worker(_Id, ignore) -> ignore;
start_worker(_Id, error) -> {error, no_way};
start_worker(_Id, junk) -> junk;
start_worker(_Id, crash) -> erlang:error(crashed);
start_worker(_Id, info) -> {ok, spawn_link(?MODULE, worker, []), extra_info};
start_worker(_Id, ok) -> {ok, spawn_link(?MODULE, worker, [])};
%% fails while a process is registered as failing
start_worker(Id, flaky) ->
    case whereis(failing) of
        undefined -> start_worker(Id, ok);
        _ -> {error, flaky}
    end.

worker() ->
    receive
        {exit, Reason} -> exit(Reason)
    end.

spec(Id, How) -> #{id => Id, start => {?MODULE, start_worker, [Id, How]}}.

%% which_children with pids hidden
children(Sup) ->
    [{Id, show(P), T, M} || {Id, P, T, M} <- supervisor:which_children(Sup)].

show(P) when is_pid(P) -> pid;
show(P) -> P.

show_result({ok, P}) -> {ok, show(P)};
show_result({ok, P, I}) -> {ok, show(P), I};
show_result({error, {already_started, P}}) -> {error, {already_started, show(P)}};
show_result({error, {{'EXIT', {Reason, _Stack}}, Child}}) ->
    {error, {{'EXIT', {Reason, stack}}, Child}};
show_result(R) -> R.

p(What, Result) -> io:format("~s: ~p~n", [What, show_result(Result)]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, api}, ?MODULE,
                                      [spec(a, ok),
                                       {b, {?MODULE, start_worker, [b, ok]},
                                        transient, brutal_kill, worker, []},
                                       spec(ign, ignore)]),
    io:format("children: ~p~n", [children(api)]),
    {error, {already_started, Sup}} = supervisor:start_link({local, api}, ?MODULE, []),
    io:format("start_link with the name taken: already_started~n"),
    io:format("count: ~p~n", [supervisor:count_children(api)]),
    p("get_childspec a", supervisor:get_childspec(api, a)),
    p("get_childspec b", supervisor:get_childspec(Sup, b)),
    p("get_childspec nope", supervisor:get_childspec(api, nope)),

    %% start_child
    p("start_child c", supervisor:start_child(api, spec(c, ok))),
    p("start_child d (info)", supervisor:start_child(api, spec(d, info))),
    p("start_child e (ignore)", supervisor:start_child(api, spec(e, ignore))),
    p("start_child f (error)", supervisor:start_child(api, spec(f, error))),
    p("start_child g (junk)", supervisor:start_child(api, spec(g, junk))),
    p("start_child h (crash)", supervisor:start_child(api, spec(h, crash))),
    p("start_child t (tuple)",
      supervisor:start_child(api, {t, {?MODULE, start_worker, [t, ok]},
                                   temporary, 100, worker, dynamic})),
    p("start_child a again", supervisor:start_child(api, spec(a, ok))),
    p("start_child e again", supervisor:start_child(api, spec(e, ok))),
    p("start_child bad restart",
      supervisor:start_child(api, #{id => x, start => {m, f, []}, restart => always})),
    p("start_child no start", supervisor:start_child(api, #{id => x})),
    p("start_child bad tuple", supervisor:start_child(api, {x, y})),
    p("start_child bad shutdown",
      supervisor:start_child(api, {x, {m, f, []}, permanent, -5, worker, []})),
    io:format("children: ~p~n", [children(api)]),
    io:format("count: ~p~n", [supervisor:count_children(api)]),

    %% terminate / restart / delete
    p("delete_child a (running)", supervisor:delete_child(api, a)),
    p("restart_child a (running)", supervisor:restart_child(api, a)),
    p("terminate_child a", supervisor:terminate_child(api, a)),
    p("terminate_child a again", supervisor:terminate_child(api, a)),
    io:format("children: ~p~n", [children(api)]),
    p("restart_child a", supervisor:restart_child(api, a)),
    {c, CPid, _, _} = lists:keyfind(c, 1, supervisor:which_children(api)),
    p("terminate_child by pid", supervisor:terminate_child(api, CPid)),
    io:format("c alive: ~p~n", [is_process_alive(CPid)]),
    p("terminate_child by dead pid", supervisor:terminate_child(api, CPid)),
    p("delete_child c", supervisor:delete_child(api, c)),
    p("delete_child c again", supervisor:delete_child(api, c)),
    p("restart_child c", supervisor:restart_child(api, c)),
    p("restart_child ign", supervisor:restart_child(api, ign)),
    p("delete_child ign", supervisor:delete_child(api, ign)),
    p("terminate_child t (temporary)", supervisor:terminate_child(api, t)),
    p("get_childspec t", supervisor:get_childspec(api, t)),
    p("terminate_child nope", supervisor:terminate_child(api, nope)),
    p("restart_child nope", supervisor:restart_child(api, nope)),
    p("delete_child nope", supervisor:delete_child(api, nope)),
    io:format("children: ~p~n", [children(api)]),
    io:format("count: ~p~n", [supervisor:count_children(api)]),

    %% restart_child of a child that cannot start again
    p("start_child e2", supervisor:start_child(api, spec(e2, flaky))),
    p("terminate_child e2", supervisor:terminate_child(api, e2)),
    p("get_childspec e2", supervisor:get_childspec(api, e2)),
    Failing = spawn_link(fun() -> receive stop -> ok end end),
    register(failing, Failing),
    p("restart_child e2 (fails)", supervisor:restart_child(api, e2)),
    p("start_child e3 (fails)", supervisor:start_child(api, spec(e3, flaky))),
    Failing ! stop,
    receive {'EXIT', Failing, normal} -> ok end,
    p("restart_child e2", supervisor:restart_child(api, e2)),
    io:format("children: ~p~n", [children(api)]),

    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, kill),
    receive {'DOWN', Ref, process, Sup, R} -> io:format("down: ~p~n", [R]) end,
    io:format("which_children of a dead supervisor: ~p~n",
              [catch supervisor:which_children(api)]),
    {'EXIT', {noproc, {gen_server, call, [Sup, Req, infinity]}}} =
        (catch supervisor:start_child(Sup, spec(z, ok))),
    io:format("start_child of a dead supervisor: noproc, ~p~n", [Req]).

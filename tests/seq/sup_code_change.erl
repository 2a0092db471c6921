%% sys:change_code on a (suspended) supervisor asks its callback module's
%% init/1 again: new flags, new specs for the children it has (running
%% ones keep running), new children added but not started, children no
%% longer listed kept; a bad new spec is an error and changes nothing.
-module(sup_code_change).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/1, worker/0]).

%% which specs init/1 gives: a process registered as the version says
init(_) ->
    case whereis(version) of
        undefined ->
            {ok, {{one_for_one, 1, 5}, [spec(a), spec(b)]}};
        P ->
            P ! {self(), which},
            receive {which, V} -> specs(V) end
    end.

specs(2) ->
    {ok, {#{strategy => one_for_all, intensity => 4},
          [(spec(c))#{restart => transient}, (spec(a))#{shutdown => brutal_kill}]}};
specs(bad_spec) -> {ok, {#{}, [#{id => a}]}};
specs(bad_flags) -> {ok, {#{strategy => sideways}, []}};
specs(ignore) -> ignore;
specs(junk) -> junk.

spec(Id) -> #{id => Id, start => {?MODULE, start_worker, [Id]}}.

start_worker(_Id) -> {ok, spawn_link(?MODULE, worker, [])}.

worker() -> receive stop -> ok end.

version(V) ->
    Pid = spawn_link(fun() -> serve(V) end),
    register(version, Pid),
    Pid.

serve(V) ->
    receive
        {From, which} -> From ! {which, V}, serve(V);
        stop -> ok
    end.

show(Sup) ->
    io:format("  children: ~p~n",
              [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)]]),
    [io:format("  ~p: ~p~n", [Id, supervisor:get_childspec(Sup, Id)])
     || {Id, _, _, _} <- supervisor:which_children(Sup)].

change(Sup, V) ->
    Pid = version(V),
    ok = sys:suspend(Sup),
    R = sys:change_code(Sup, ?MODULE, "1", extra),
    ok = sys:resume(Sup),
    unlink(Pid),
    Pid ! stop,
    unregister(version),
    io:format("change_code ~p: ~p~n", [V, R]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    show(Sup),
    io:format("callback module: ~p~n", [supervisor:get_callback_module(Sup)]),
    [change(Sup, V) || V <- [bad_spec, bad_flags, ignore, junk]],
    show(Sup),
    change(Sup, 2),
    show(Sup),
    io:format("restart_child c: ~p~n", [element(1, supervisor:restart_child(Sup, c))]),
    show(Sup).

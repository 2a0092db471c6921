%% The lecture on old and current code (seed 004), step by step. code:is_loaded
%% tells whether foo is loaded. At most two versions exist: a load makes the
%% current one old, and a load after that purges the old one, terminating the
%% processes still running it. A process calling foo:vsn() from another
%% module always gets the current version; a loop in foo switches only
%% through a fully qualified call. soft_purge removes old code nobody runs;
%% purge always removes it, killing whoever runs it.
-module(hot_seed_lecture).
-export([main/1, client/0]).

file(V) -> "hot/lecture/v" ++ integer_to_list(V) ++ "/foo.erl".

load(V) ->
    {ok, foo, Bin} = compile:file(file(V), [binary]),
    io:format("load v~p: ~p~n", [V, code:load_binary(foo, file(V), Bin)]).

loaded() ->
    case code:is_loaded(foo) of
        {file, _} -> loaded;
        false -> false
    end.

%% client(): a process of another module that calls foo
client() ->
    receive
        {From, vsn} ->
            From ! {vsn, self(), foo:vsn()},
            client()
    end.

vsn(P) ->
    P ! {self(), vsn},
    receive
        {vsn, P, V} -> V
    after 5000 -> exit({timeout, vsn})
    end.

show(Ps) ->
    io:format("  versions: ~p~n", [[{Name, vsn(P)} || {Name, P} <- Ps]]).

old_code(Ps) ->
    io:format("  check_old_code: ~p, running old code: ~p~n",
              [erlang:check_old_code(foo),
               [Name || {Name, P} <- Ps, erlang:check_process_code(P, foo)]]).

down(Ref, Name) ->
    receive
        {'DOWN', Ref, process, _, Why} -> io:format("  ~s terminated: ~p~n", [Name, Why])
    after 5000 -> exit({timeout, 'DOWN'})
    end.

main(_) ->
    io:format("is_loaded: ~p~n", [loaded()]),
    load(1),
    io:format("is_loaded: ~p~n", [loaded()]),
    {L, RefL} = spawn_monitor(foo, loop, []),
    Q = spawn(foo, qloop, []),
    C = spawn(?MODULE, client, []),
    All = [{local_loop, L}, {qualified_loop, Q}, {client, C}],
    show(All),

    load(2),
    old_code(All),
    show(All),
    show(All),
    old_code(All),
    io:format("soft_purge: ~p~n", [code:soft_purge(foo)]),

    %% a third version: v1 is purged, and the local loop with it
    load(3),
    down(RefL, "local_loop"),
    Alive = [{qualified_loop, Q}, {client, C}],
    old_code(Alive),
    show(Alive),
    old_code(Alive),
    io:format("soft_purge: ~p~n", [code:soft_purge(foo)]),
    old_code(Alive),

    %% restarted, the local loop runs the current version
    {L2, RefL2} = spawn_monitor(foo, loop, []),
    All2 = [{local_loop, L2} | Alive],
    show(All2),
    load(4),
    old_code(All2),
    show(All2),
    old_code(All2),
    io:format("soft_purge: ~p~n", [code:soft_purge(foo)]),
    io:format("purge: ~p~n", [code:purge(foo)]),
    down(RefL2, "local_loop"),
    io:format("purge: ~p~n", [code:purge(foo)]),
    show(Alive),
    io:format("is_loaded: ~p, foo:vsn(): ~p~n", [loaded(), foo:vsn()]),
    exit(Q, kill),
    exit(C, kill),
    ok.

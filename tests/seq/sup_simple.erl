%% simple_one_for_one: children added with start_child(Sup, ExtraArgs)
%% from the one template; restarted with the same arguments; terminated by
%% pid; the calls that need an id answer {error, simple_one_for_one}; a
%% temporary template; stopping all children at once; more than one spec
%% is refused.
-module(sup_simple).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/2, worker/1, start_trapper/1, trapper/2]).

init(trappers) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => trapper, start => {?MODULE, start_trapper, []},
             restart => transient, shutdown => 100}]}};
init(Restart) when is_atom(Restart) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5, period => 60},
          [#{id => tmpl, start => {?MODULE, start_worker, [Restart]},
             restart => Restart}]}};
init(Specs) ->
    {ok, {{simple_one_for_one, 1, 5}, Specs}}.

start_worker(_Restart, fail) -> {error, refused};
start_worker(Restart, Tag) ->
    Pid = spawn_link(?MODULE, worker, [Tag]),
    tester ! {started, Tag, Restart},
    {ok, Pid}.

worker(Tag) ->
    receive
        {exit, Reason} -> exit(Reason);
        {From, tag} -> From ! {tag, self(), Tag}, worker(Tag)
    end.

%% a child that traps exits (before its start returns) and, asked to stop,
%% does As
start_trapper(As) ->
    Pid = spawn_link(?MODULE, trapper, [self(), As]),
    receive {trapping, Pid} -> {ok, Pid} end.

trapper(Parent, As) ->
    process_flag(trap_exit, true),
    Parent ! {trapping, self()},
    receive
        {'EXIT', Parent, Reason} ->
            case As of
                obey -> exit(Reason);
                ignore -> receive never -> ok end;
                {exit, Other} -> exit(Other)
            end
    end.

started() ->
    receive {started, Tag, Restart} -> {Tag, Restart}
    after 5000 -> timeout
    end.

tag(Pid) ->
    Pid ! {self(), tag},
    receive {tag, Pid, T} -> T after 5000 -> timeout end.

stop(Pid, Reason) ->
    Ref = monitor(process, Pid),
    Pid ! {exit, Reason},
    receive {'DOWN', Ref, process, Pid, R} -> R end.

main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, simple}, ?MODULE, permanent),
    io:format("children: ~p~n", [supervisor:which_children(simple)]),
    io:format("count: ~p~n", [supervisor:count_children(simple)]),
    {ok, A} = supervisor:start_child(simple, [alpha]),
    io:format("started: ~p~n", [started()]),
    {ok, B} = supervisor:start_child(simple, [beta]),
    io:format("started: ~p~n", [started()]),
    io:format("start_child fail: ~p~n", [supervisor:start_child(simple, [fail])]),
    io:format("start_child badarity: ~p~n",
              [element(1, supervisor:start_child(simple, [x, y]))]),
    io:format("tags: ~p ~p~n", [tag(A), tag(B)]),
    io:format("count: ~p~n", [supervisor:count_children(simple)]),
    io:format("which_children: ~p~n",
              [lists:sort([{Id, tag(P), T, M} || {Id, P, T, M} <- supervisor:which_children(simple)])]),

    %% a restarted child gets the same extra arguments
    io:format("alpha ends: ~p~n", [stop(A, boom)]),
    io:format("started: ~p~n", [started()]),
    Tags = lists:sort([tag(P) || {_, P, _, _} <- supervisor:which_children(simple)]),
    io:format("tags: ~p~n", [Tags]),

    io:format("terminate_child beta: ~p~n", [supervisor:terminate_child(simple, B)]),
    io:format("beta alive: ~p~n", [is_process_alive(B)]),
    io:format("terminate_child beta again: ~p~n", [supervisor:terminate_child(simple, B)]),
    io:format("terminate_child by id: ~p~n", [supervisor:terminate_child(simple, tmpl)]),
    io:format("restart_child: ~p~n", [supervisor:restart_child(simple, tmpl)]),
    io:format("delete_child: ~p~n", [supervisor:delete_child(simple, tmpl)]),
    io:format("count: ~p~n", [supervisor:count_children(simple)]),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, R} -> io:format("supervisor: ~p~n", [R]) end,

    %% temporary children are never restarted
    {ok, _} = supervisor:start_link({local, temps}, ?MODULE, temporary),
    {ok, T} = supervisor:start_child(temps, [gamma]),
    io:format("started: ~p~n", [started()]),
    io:format("gamma ends: ~p~n", [stop(T, boom)]),
    io:format("count: ~p~n", [supervisor:count_children(temps)]),
    io:format("which_children: ~p~n", [supervisor:which_children(temps)]),

    %% all dynamic children are stopped together; unexpected ends are
    %% reported once per reason, with how many children ended so
    {ok, Tr} = supervisor:start_link(?MODULE, trappers),
    [{ok, _} = supervisor:start_child(Tr, [As])
     || As <- [obey, {exit, odd}, ignore, {exit, normal}, {exit, odd}, obey,
               {exit, {shutdown, fine}}, ignore, {exit, odd}]],
    io:format("count: ~p~n", [supervisor:count_children(Tr)]),
    unlink(Tr),
    TrRef = monitor(process, Tr),
    exit(Tr, shutdown),
    receive {'DOWN', TrRef, process, Tr, TrR} -> io:format("supervisor: ~p~n", [TrR]) end,

    %% exactly one spec
    io:format("two specs: ~p~n",
              [supervisor:start_link(?MODULE, [#{id => a, start => {m, f, []}},
                                               #{id => b, start => {m, f, []}}])]),
    receive {'EXIT', _, Why} -> io:format("exit: ~p~n", [Why]) end.

%% The rest of gen_server: enter_loop/3,4 from a proc_lib process, abcast
%% and multi_call on the one node, {via, Module, Name} names, and a
%% format_status/2 callback shaping sys:get_status and the error report.
-module(gs_misc).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, format_status/2, enter/1,
         register_name/2, unregister_name/1, whereis_name/1, send/2]).

init(S) -> {ok, S}.

handle_call(get, _From, S) -> {reply, S, S};
handle_call(crash, _From, S) -> {stop, crashed, S}.

handle_cast({set, V}, _) -> {noreply, V}.

format_status(normal, [_PDict, S]) -> [{data, [{"Secret state", {hidden, S}}]}];
format_status(terminate, [_PDict, S]) -> {terminating_with, S}.

enter(Name) ->
    case Name of
        none -> ok;
        _ -> register(Name, self())
    end,
    proc_lib:init_ack({ok, self()}),
    case Name of
        none -> gen_server:enter_loop(gs_misc, [], entered);
        _ -> gen_server:enter_loop(gs_misc, [], {entered, Name}, {local, Name})
    end.

%% a registry for {via, gs_misc, Name}: the names are atoms registered
%% with a prefix
reg(Name) -> list_to_atom("via_" ++ atom_to_list(Name)).
register_name(Name, Pid) ->
    try register(reg(Name), Pid) of
        true -> yes
    catch
        error:_ -> no
    end.
unregister_name(Name) -> unregister(reg(Name)).
whereis_name(Name) -> whereis(reg(Name)).
send(Name, Msg) -> reg(Name) ! Msg.

show(Label, X) -> io:format("~s: ~p~n", [Label, clean(X)]).

clean(P) when is_pid(P) -> 'PID';
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

main(_) ->
    {ok, E} = proc_lib:start(gs_misc, enter, [none]),
    show("enter_loop", gen_server:call(E, get)),
    gen_server:stop(E),
    {ok, E2} = proc_lib:start(gs_misc, enter, [gs_misc_entered]),
    show("enter_loop/4", gen_server:call(gs_misc_entered, get)),
    show("same", whereis(gs_misc_entered) =:= E2),

    {ok, _} = gen_server:start({local, gs_misc_srv}, gs_misc, one, []),
    show("abcast", gen_server:abcast(gs_misc_srv, {set, two})),
    show("abcast/3", gen_server:abcast([node()], gs_misc_srv, {set, three})),
    show("multi_call", gen_server:multi_call(gs_misc_srv, get)),
    show("multi_call/3", gen_server:multi_call([node()], gs_misc_srv, get)),
    show("multi_call/4", gen_server:multi_call([node()], gs_misc_srv, get, 1000)),
    show("multi_call none", gen_server:multi_call(no_such_name, get)),

    {ok, V} = gen_server:start({via, gs_misc, vserver}, gs_misc, via_state, []),
    show("via whereis", whereis(via_vserver) =:= V),
    show("via call", gen_server:call({via, gs_misc, vserver}, get)),
    show("via cast", gen_server:cast({via, gs_misc, vserver}, {set, via2})),
    show("via call", gen_server:call({via, gs_misc, vserver}, get, 1000)),
    show("via again", gen_server:start({via, gs_misc, vserver}, gs_misc, x, []) =:= {error, {already_started, V}}),
    show("via noproc", catch gen_server:call({via, gs_misc, nobody}, get)),
    show("via stop", gen_server:stop({via, gs_misc, vserver})),

    show("status", lists:last(element(4, sys:get_status(gs_misc_srv)))),
    show("crash", catch gen_server:call(gs_misc_srv, crash)),
    show("enter stop", gen_server:stop(gs_misc_entered, normal, 1000)),
    ok.

%% sys's debug facilities on a gen_server: trace (each event printed),
%% log (kept, got, printed, and shown in get_status and in the error
%% report when the server crashes), install/remove of a fun, no_debug, and
%% the {debug, Options} start option.
-module(sys_debug).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, handle_continue/2]).

init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N};
handle_call(crash, _From, N) -> {stop, crashed, N}.

handle_cast({add, K}, N) -> {noreply, N + K};
handle_cast(continue, N) -> {noreply, N, {continue, more}};
handle_cast(crash, N) -> {stop, crashed, N}.

handle_info(Msg, N) -> {noreply, N, 0} =/= Msg, {noreply, N}.

handle_continue(more, N) -> {noreply, N + 100}.

show(Label, X) -> io:format("~s: ~p~n", [Label, clean(X)]).

clean(P) when is_pid(P) -> 'PID';
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

main(_) ->
    {ok, _} = gen_server:start({local, dbg_srv}, sys_debug, 0, []),
    show("trace", sys:trace(dbg_srv, true)),
    gen_server:cast(dbg_srv, {add, 2}),
    dbg_srv ! hello,
    show("get_state", sys:get_state(dbg_srv)),
    gen_server:cast(dbg_srv, continue),
    show("get_state", sys:get_state(dbg_srv)),
    show("trace off", sys:trace(dbg_srv, false)),
    show("get", gen_server:call(dbg_srv, get)),

    show("log", sys:log(dbg_srv, true)),
    gen_server:cast(dbg_srv, {add, 3}),
    dbg_srv ! info,
    show("log get", clean(sys:log(dbg_srv, get))),
    show("log print", sys:log(dbg_srv, print)),
    show("status log", lists:keyfind("Logged events", 1,
                                     element(2, lists:nth(2, lists:last(element(4, sys:get_status(dbg_srv))))))),
    show("log 2", sys:log(dbg_srv, {true, 2})),
    show("log get", clean(sys:log(dbg_srv, get))),
    show("log off", sys:log(dbg_srv, false)),
    show("log get", sys:log(dbg_srv, get)),

    Self = self(),
    F = fun(Count, Event, _State) when Count < 2 -> Self ! {event, Count, Event}, Count + 1;
           (_, _, _) -> done
        end,
    show("install", sys:install(dbg_srv, {F, 0})),
    gen_server:cast(dbg_srv, {add, 1}),
    show("get", gen_server:call(dbg_srv, get)),
    show("events", clean([receive {event, C, E} -> {C, E} end || _ <- [1, 2]])),
    show("install id", sys:install(dbg_srv, {my_id, fun(S, _, _) -> S end, x})),
    show("remove", sys:remove(dbg_srv, my_id)),
    show("no_debug", sys:no_debug(dbg_srv)),
    show("unknown", sys:log(dbg_srv, bogus)),

    %% the log in the crash report
    {ok, P} = gen_server:start({local, dbg_crash}, sys_debug, 5, [{debug, [log, trace]}]),
    gen_server:cast(P, {add, 1}),
    M = monitor(process, P),
    gen_server:cast(P, crash),
    receive {'DOWN', M, process, P, R} -> show("crash", R) end,
    ok.

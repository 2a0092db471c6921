%% gen_server:call's failures: timeouts, a dead pid, an unregistered name, a server that dies
%% during the call, calling oneself; cast to nowhere.
-module(gs_calls).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).

init(S) -> {ok, S}.

handle_call({sleep, Ms}, _From, S) ->
    receive after Ms -> ok end,
    {reply, {slept, Ms}, S};
handle_call(die, _From, S) -> {stop, died, S};
handle_call(exit_now, _From, _S) -> exit(gone);
handle_call(ping, _From, S) -> {reply, pong, S}.

handle_cast(_, S) -> {noreply, S}.
handle_info(_, S) -> {noreply, S}.

show(Label, X) -> io:format("~s: ~p~n", [Label, clean(X)]).

%% pids differ between runs: shown as 'PID'
clean(P) when is_pid(P) -> 'PID';
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

main(_) ->
    {ok, P} = gen_server:start({local, gs_calls_srv}, gs_calls, [], []),
    show("timeout", catch gen_server:call(P, {sleep, 100}, 10)),
    show("ping", gen_server:call(P, ping)),
    show("timeout name", catch gen_server:call(gs_calls_srv, {sleep, 50}, 0)),
    show("ping", gen_server:call(gs_calls_srv, ping)),
    show("in time", gen_server:call(P, {sleep, 1}, 5000)),

    show("noproc name", catch gen_server:call(no_such_server, ping)),
    show("noproc name/3", catch gen_server:call(no_such_server, ping, 100)),
    show("noproc {name,node}", catch gen_server:call({no_such_server, node()}, ping)),
    show("cast nowhere", gen_server:cast(no_such_server, hello)),
    show("cast {nowhere,node}", gen_server:cast({no_such_server, node()}, hello)),

    M = monitor(process, P),
    show("died", catch gen_server:call(P, die)),
    receive {'DOWN', M, process, P, R} -> show("down", R) end,
    show("noproc pid", catch gen_server:call(P, ping)),
    show("noproc pid/3", catch gen_server:call(P, ping, infinity)),
    show("cast dead", gen_server:cast(P, hello)),

    {ok, Q} = gen_server:start(gs_calls, [], []),
    show("exit in call", catch gen_server:call(Q, exit_now, 1000)),
    show("calling self", catch gen_server:call(self(), ping)),
    show("stop noproc", catch gen_server:stop(no_such_server)),
    show("stop dead", catch gen_server:stop(Q)),
    ok.

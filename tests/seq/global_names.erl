%% global names on the one node: register, clash, dead pids, re_register,
%% unregister, send, a name going with its process, and gen_server
%% {global, Name} servers (start, call, already_started, stop).
-module(global_names).
-export([main/1, init/1, handle_call/3, handle_cast/2]).
init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast(_, N) -> {noreply, N}.

main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    io:format("~p~n", [[global:register_name(foo, P), global:register_name(foo, self()),
                        global:register_name(bar, P), global:whereis_name(foo) =:= P,
                        lists:sort(global:registered_names()),
                        global:register_name(dead, Dead), global:whereis_name(dead),
                        global:re_register_name(foo, self()), global:whereis_name(foo) =:= self(),
                        global:unregister_name(foo), global:whereis_name(foo),
                        global:unregister_name(nothere)]]),
    P ! stop,
    timer:sleep(50),
    io:format("~p~n", [[global:whereis_name(bar), catch global:send(bar, x), global:registered_names()]]),
    {ok, S} = gen_server:start({global, srv}, ?MODULE, 42, []),
    io:format("~p~n", [[global:whereis_name(srv) =:= S, gen_server:call({global, srv}, get),
                        gen_server:start({global, srv}, ?MODULE, 1, []) =:= {error, {already_started, S}}]]),
    gen_server:stop({global, srv}),
    io:format("~p~n", [[global:whereis_name(srv), catch gen_server:call({global, srv}, get)]]).

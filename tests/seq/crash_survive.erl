%% Crashing processes take nothing else down: a registered server that
%% traps exits starts workers linked to it; some crash (error reports in
%% crash_survive.err), some exit, some return. The server counts the EXIT
%% reasons and keeps serving, and main goes on after all of them.
-module(crash_survive).
-export([main/1, server_init/0, worker/2]).

%% worker(N, Server): on go, registers its work with the server, then
%% ends as N says
worker(N, Server) ->
    receive go -> ok end,
    Server ! {work, self(), N},
    receive
        {ok, Total} -> finish(N rem 4, Total)
    end.

finish(0, Total) -> Total;
finish(1, Total) -> exit({quit, Total});
finish(2, Total) -> erlang:error({failed, Total});
finish(3, Total) -> throw({gave_up, Total}).

server_init() ->
    process_flag(trap_exit, true),
    server({0, []}).

%% server(State): {Total, Exits}; workers are linked to it
server({Total, Exits} = State) ->
    receive
        {start, From, N} ->
            W = spawn_link(?MODULE, worker, [N, self()]),
            From ! {started, W},
            server(State);
        {work, W, N} ->
            W ! {ok, Total + N},
            server({Total + N, Exits});
        {'EXIT', _W, Reason} ->
            server({Total, [kind(Reason) | Exits]});
        {report, From, N} when length(Exits) >= N ->
            From ! {state, Total, lists:reverse(Exits)},
            server(State)
    end.

kind(normal) -> normal;
kind({quit, _}) -> quit;
kind({{failed, _}, [_ | _]}) -> failed;
kind({{nocatch, {gave_up, _}}, [_ | _]}) -> nocatch.

main(_) ->
    S = spawn(?MODULE, server_init, []),
    true = register(crash_survive_server, S),
    Results =
        [begin
             crash_survive_server ! {start, self(), N},
             W = receive {started, Pid} -> Pid end,
             Ref = monitor(process, W),
             W ! go,
             receive
                 {'DOWN', Ref, process, W, Reason} -> kind(Reason)
             end
         end || N <- lists:seq(1, 8)],
    io:format("workers ended: ~p~n", [Results]),
    crash_survive_server ! {report, self(), length(Results)},
    receive
        {state, Total, Exits} ->
            io:format("server total: ~p~n", [Total]),
            io:format("server saw: ~p~n", [Exits])
    end,
    io:format("server alive: ~p~n", [is_process_alive(S)]),
    io:format("server registered: ~p~n", [whereis(crash_survive_server) =:= S]),
    io:format("main alive: ~p~n", [is_process_alive(self())]),
    exit(S, kill),
    ok.

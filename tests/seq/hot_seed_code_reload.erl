%% The code_reload story (seed 001): a server prints the messages of a
%% client with a sequence number that never grows (v1's bug). Loading v2
%% fixes it without restarting anything: the message the server was already
%% waiting for is handled by v1 (0 again), then ?MODULE:server_loop/1 enters
%% v2 and the count grows from 0. The server and the client keep their pids.
%% The client sends on command, one message per acknowledgement, instead of
%% every second.
-module(hot_seed_code_reload).
-export([main/1]).

file(V) -> "hot/code_reload/v" ++ integer_to_list(V) ++ "/code_reload.erl".

load(V) ->
    {ok, code_reload, Bin} = compile:file(file(V), [binary]),
    io:format("load v~p: ~p~n", [V, code:load_binary(code_reload, file(V), Bin)]).

%% send(Client, N): the client sends N messages; the pids that acknowledged
send(Client, N) ->
    Client ! {self(), {send, N}},
    receive
        {sent, Client, Acks} -> Acks
    after 5000 -> exit({timeout, sent})
    end.

quit(P) ->
    P ! {self(), quit},
    receive
        {quit, P} -> ok
    after 5000 -> exit({timeout, quit})
    end.

main(_) ->
    load(1),
    Server = code_reload:start_server(),
    Client = code_reload:start_client(Server),
    Acks1 = send(Client, 3),

    load(2),
    io:format("server in old code: ~p, client in old code: ~p~n",
              [erlang:check_process_code(Server, code_reload),
               erlang:check_process_code(Client, code_reload)]),
    Acks2 = send(Client, 4),
    io:format("server in old code: ~p, client in old code: ~p~n",
              [erlang:check_process_code(Server, code_reload),
               erlang:check_process_code(Client, code_reload)]),
    io:format("acknowledged by the same server: ~p~n",
              [lists:usort(Acks1 ++ Acks2) =:= [Server]]),
    io:format("server alive: ~p, client alive: ~p~n",
              [is_process_alive(Server), is_process_alive(Client)]),
    quit(Client),
    quit(Server),
    ok.

%% code_reload, version 1: the bug: the count never grows.
%% The server and the client loop through ?MODULE:, so they run the current
%% version from their next message on.
-module(code_reload).
-export([start_server/0, start_client/1]).
-export([server_loop/1, client_loop/2]).

start_server() ->
    spawn(?MODULE, server_loop, [0]).

%% server_loop(Count): prints each message with its sequence number and
%% acknowledges it
server_loop(Count) ->
    receive
        {From, quit} ->
            io:format("Server received quit command~n"),
            From ! {quit, self()};
        {From, Message} ->
            io:format("~p: Server received message ~p~n", [Count, Message]),
            From ! {ack, self(), Message},
            ?MODULE:server_loop(Count);
        _ ->
            throw(unexpected_message)
    end.

start_client(ServerPid) ->
    spawn(?MODULE, client_loop, [ServerPid, 0]).

%% client_loop(ServerPid, Sent): on {send, N}, sends N messages one at a
%% time, each after the previous one was acknowledged, and answers with the
%% pids that acknowledged them
client_loop(ServerPid, Sent) ->
    receive
        {From, quit} ->
            io:format("Client received quit command~n"),
            From ! {quit, self()};
        {From, {send, N}} ->
            Acks = [send(ServerPid, {tick, I}) || I <- lists:seq(Sent + 1, Sent + N)],
            From ! {sent, self(), Acks},
            ?MODULE:client_loop(ServerPid, Sent + N)
    end.

send(ServerPid, Message) ->
    ServerPid ! {self(), Message},
    receive
        {ack, Pid, Message} -> Pid
    end.

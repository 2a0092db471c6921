%% erlang:memory/0,1: the keys of erlang:memory(), total >= processes,
%% single types and lists of types, badarg for an unknown type; memory of
%% processes grows while many processes are alive.
-module(pinfo_memory).
-export([main/1, idle/0]).

idle() ->
    receive
        stop -> ok
    end.

main(_) ->
    All = erlang:memory(),
    io:format("keys: ~p~n", [[K || {K, _} <- All]]),
    io:format("all integers: ~p~n", [lists:all(fun({_, V}) -> is_integer(V) end, All)]),
    {total, Total} = lists:keyfind(total, 1, All),
    {processes, Procs} = lists:keyfind(processes, 1, All),
    {system, System} = lists:keyfind(system, 1, All),
    io:format("total >= processes: ~p~n", [Total >= Procs]),
    io:format("total >= system: ~p~n", [Total >= System]),
    io:format("processes > 0: ~p~n", [Procs > 0]),

    io:format("memory(total) is_integer: ~p~n", [is_integer(erlang:memory(total))]),
    io:format("memory(processes) is_integer: ~p~n",
              [is_integer(erlang:memory(processes))]),
    Pair = erlang:memory([total, processes]),
    io:format("memory([total, processes]) keys: ~p~n", [[K || {K, _} <- Pair]]),
    io:format("memory(bogus): ~p~n",
              [try erlang:memory(bogus) catch error:E -> {error, E} end]),
    io:format("memory([total, bogus]): ~p~n",
              [try erlang:memory([total, bogus]) catch error:E2 -> {error, E2} end]),

    %% 1000 live processes take memory
    Before = erlang:memory(processes),
    Ps = [spawn(?MODULE, idle, []) || _ <- lists:seq(1, 1000)],
    During = erlang:memory(processes),
    io:format("processes grew with 1000 alive: ~p~n", [During > Before]),
    Refs = [monitor(process, P) || P <- Ps],
    [P ! stop || P <- Ps],
    [receive {'DOWN', R, process, _, normal} -> ok end || R <- Refs],
    io:format("all 1000 ended: ~p~n", [not lists:any(fun is_process_alive/1, Ps)]),
    ok.

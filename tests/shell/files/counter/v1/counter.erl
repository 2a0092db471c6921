%% counter, version 1: a process whose only job is to keep a counter.
%% (The seed's catch-all clause ends the process; its transcript shows the
%% process alive afterwards, so here the clause loops.)
-module(counter).
-export([start/0, codeswitch/1]).

start() -> loop(0).

loop(Sum) ->
    receive
        {increment, Count} ->
            loop(Sum + Count);
        {print} ->
            io:format("Sum is ~p~n", [Sum]),
            loop(Sum);
        {counter, Pid} ->
            Pid ! {counter, Sum},
            loop(Sum);
        code_switch ->
            ?MODULE:codeswitch(Sum);
        M ->
            io:format("Unhandled message ~p~n", [M]),
            loop(Sum)
    end.

codeswitch(Sum) -> loop(Sum).

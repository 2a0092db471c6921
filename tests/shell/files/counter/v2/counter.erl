%% counter, version 2: the counter can be reset.
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
        {reset} ->
            loop(0);
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

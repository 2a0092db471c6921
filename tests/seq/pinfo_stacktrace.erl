%% process_info(P, current_stacktrace): where a waiting process is, and the
%% functions it will return to (the frames as a stack trace has them).
-module(pinfo_stacktrace).
-export([main/1, outer/1, middle/1, inner/1, loop/1]).

outer(Parent) -> [middle(Parent)].
middle(Parent) -> {inner(Parent)}.
inner(Parent) ->
    Parent ! ready,
    receive go -> ok end.

loop(N) ->
    receive
        {add, M} -> loop(N + M);
        stop -> ok
    end.

main(_) ->
    Me = self(),
    P = spawn(?MODULE, outer, [Me]),
    receive ready -> ok end,
    timer:sleep(10),
    {current_stacktrace, S} = process_info(P, current_stacktrace),
    io:format("~p~n", [S]),
    P ! go,
    timer:sleep(10),
    io:format("~p~n", [process_info(P, current_stacktrace)]),
    L = spawn(?MODULE, loop, [0]),
    timer:sleep(10),
    io:format("~p~n", [process_info(L, current_stacktrace)]),
    L ! {add, 1},
    timer:sleep(10),
    io:format("~p~n", [process_info(L, current_stacktrace)]),
    L ! stop.

%% pipe_ticks — the scheduler never blocks on stdin: while main waits in
%% io:get_line, a timer process prints.  run.sh feeds each line of
%% pipe_ticks.in through a fifo only after "tick N" for the line before
%% is out, so the output is the same on every run.
-module(pipe_ticks).
-export([main/1]).

main(_) ->
    Ticker = spawn(fun() -> ticker(1) end),
    loop(Ticker).

loop(Ticker) ->
    case io:get_line("> ") of
        eof ->
            io:format("eof~n");
        Line ->
            io:format("got ~p~n", [Line]),
            Ticker ! go,
            loop(Ticker)
    end.

ticker(N) ->
    receive
        go ->
            receive after 50 -> io:format("tick ~p~n", [N]) end,
            ticker(N + 1)
    end.

%% echo_lines — the program tests/tty/*.keys drive under a pseudo-terminal:
%% reads lines with io:get_line and echoes each as "N: Line" (~p).
%% With the argument "intr", it asks for Ctrl-C as {tty_interrupt}.
%% Commands (whole lines): "later" prints "background output" from another
%% process 600 ms on; "wait" waits for {tty_interrupt} and says so;
%% "size" prints io:columns() and io:rows(); "read" reads a term with io:read.
-module(echo_lines).
-export([main/1]).

main(Args) ->
    lists:member("intr", Args) andalso beamlet:tty_on_interrupt(self()),
    io:format("interactive: ~p~n", [beamlet:tty_interactive()]),
    loop(1).

loop(N) ->
    case io:get_line("P> ") of
        eof ->
            io:format("eof after ~p~n", [N - 1]);
        "later\n" ->
            spawn(fun() -> receive after 600 -> io:format("background output~n") end end),
            loop(N + 1);
        "read\n" ->
            io:format("read: ~p~n", [io:read("R> ")]),
            loop(N + 1);
        "size\n" ->
            io:format("size: ~p ~p~n", [io:columns(), io:rows()]),
            loop(N + 1);
        "wait\n" ->
            io:format("waiting~n"),
            receive {tty_interrupt} -> io:format("interrupted~n") end,
            loop(N + 1);
        Line ->
            io:format("~p: ~p~n", [N, Line]),
            loop(N + 1)
    end.

%% halt_edit — halt(3) from another process while main edits a line.
-module(halt_edit).
-export([main/1]).

main(_) ->
    spawn(fun() -> receive after 500 -> io:format("halting~n"), halt(3) end end),
    io:get_line("P> ").

%% Script mode: main waits in a receive that nothing can ever satisfy
%% (no runnable process, no timer): beamlet reports it and exits with 127
%% where escript would hang for ever.
-module(main_deadlock).
-export([main/1]).

main(_) ->
    P = spawn(fun() -> receive never -> ok end end),
    io:format("waiting~n"),
    receive {P, reply} -> ok end.

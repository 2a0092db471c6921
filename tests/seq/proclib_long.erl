%% A proc_lib crash report of a long and deeply nested reason: the
%% report prints the whole reason (no depth limit, no 60-character lines),
%% laid out at column 5 as erl_error does there.
-module(proclib_long).
-export([main/1]).

main(_) ->
    process_flag(trap_exit, true),
    Deep = lists:foldl(fun(I, Acc) -> {I, Acc} end, bottom, lists:seq(1, 35)),
    P1 = proc_lib:spawn_link(fun() -> exit({long, lists:seq(1, 60)}) end),
    receive {'EXIT', P1, _} -> ok end,
    P2 = proc_lib:spawn_link(fun() -> erlang:error({deep, Deep}) end),
    receive {'EXIT', P2, _} -> ok end,
    io:format("done~n").

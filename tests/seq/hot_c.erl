%% c:c/1 and c:l/1 from a program: compile into the current directory,
%% purge (killing a process left in the oldest code), load; compile errors
%% print the diagnostics and give error; an unknown module gives
%% {error,non_existing}.  The compiled file (hcm.beam on OTP, hcm.bem on
%% beamlet) is deleted at the end.
-module(hot_c).
-export([main/1]).

ask(P) ->
    P ! {self(), vsn},
    receive {vsn, V} -> V after 5000 -> exit({timeout, vsn}) end.

main(_) ->
    io:format("c v1: ~p, hcm:vsn(): ~p~n", [c:c("hot/c/v1/hcm.erl"), hcm:vsn()]),
    {P, Ref} = spawn_monitor(hcm, loop, []),
    io:format("P: ~p~n", [ask(P)]),
    io:format("c v2: ~p, hcm:vsn(): ~p, P: ~p~n", [c:c("hot/c/v2/hcm.erl"), hcm:vsn(), ask(P)]),
    io:format("check_process_code: ~p~n", [erlang:check_process_code(P, hcm)]),
    io:format("c v1 again: ~p, hcm:vsn(): ~p~n", [c:c("hot/c/v1/hcm.erl"), hcm:vsn()]),
    receive {'DOWN', Ref, process, P, Why} -> io:format("P down: ~p~n", [Why]) end,
    io:format("l: ~p, hcm:vsn(): ~p~n", [c:l(hcm), hcm:vsn()]),
    io:format("c bad: ~p, hcm:vsn(): ~p~n", [c:c("hot/c/bad/hcm.erl"), hcm:vsn()]),
    io:format("c unknown: ~p~n", [c:c(hot_c_no_such_module)]),
    io:format("l unknown: ~p~n", [c:l(hot_c_no_such_module)]),
    file:delete("hcm.beam"),
    file:delete("hcm.bem"),
    ok.

%% How a process ends decides its exit reason, the same in a link's EXIT and
%% a monitor's DOWN, and whether an error report is printed (on stderr,
%% exit_reasons.err): only uncaught errors and throws produce one, never
%% exits (normal, a term, {shutdown, _}, kill) or being killed.
-module(exit_reasons).
-export([main/1, wait_die/1, add_one/1]).

%% wait_die(How): wait for go, then end in the way How says
wait_die(How) ->
    receive
        go -> die(How)
    end.

die(return) -> ok;
die(exit_normal) -> exit(normal);
die(exit_atom) -> exit(my_reason);
die(exit_shutdown) -> exit({shutdown, x});
die(exit_kill) -> exit(kill);
die(runtime) -> add_one(two);
die(error) -> erlang:error({my, error});
die(error_args) -> erlang:error(bad_input, [error_args]);
die(throw) -> throw(thrown_value);
die(nothing) -> receive never -> ok end.

%% exported, so the compiler cannot know X and the error has no BIF frame
add_one(X) -> X + 1.

%% run(How, Stop): a linked and monitored process ends as How says; Stop
%% is how the parent makes it go
run(How, Stop) ->
    P = spawn_link(?MODULE, wait_die, [How]),
    Ref = monitor(process, P),
    case Stop of
        go -> P ! go;
        {exit, R} -> exit(P, R)
    end,
    Down = receive {'DOWN', Ref, process, P, D} -> D end,
    Exit = receive {'EXIT', P, E} -> E end,
    io:format("~p: ~p~n", [How, Down]),
    io:format("    EXIT reason the same: ~p~n", [Exit =:= Down]).

main(_) ->
    false = process_flag(trap_exit, true),
    run(return, go),
    run(exit_normal, go),
    run(runtime, go),
    run(exit_atom, go),
    run(error, go),
    run(exit_shutdown, go),
    run(error_args, go),
    run(exit_kill, go),
    run(throw, go),
    run(nothing, {exit, kill}),
    run(nothing, {exit, stop}),
    run(nothing, {exit, {shutdown, parent}}),
    io:format("parent alive: ~p~n", [is_process_alive(self())]),
    ok.

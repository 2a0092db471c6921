%% Spawning a function that does not exist still returns a pid; the new
%% process dies with {undef, [{M, F, Args, []}]} and an error report is
%% printed (crash_undef.err): a missing module, a missing function, a
%% function that is not exported, a wrong arity.
-module(crash_undef).
-export([main/1, exported/1]).

exported(X) -> {ok, X}.

local_only() -> ok.

watch(M, F, Args) ->
    {P, Ref} = spawn_monitor(M, F, Args),
    io:format("spawn_monitor(~p, ~p, ~p) gives a pid: ~p~n", [M, F, Args, is_pid(P)]),
    receive
        {'DOWN', Ref, process, P, Reason} -> io:format("    DOWN ~p~n", [Reason])
    end.

main(_) ->
    watch(nosuchmod, f, [1]),
    watch(?MODULE, nosuch, [a, "b", {c}]),
    watch(?MODULE, local_only, []),
    watch(?MODULE, exported, []),
    watch(?MODULE, exported, [x]),
    watch(lists, no_such_function, []),

    %% the same through spawn_link, seen by a trapping parent
    false = process_flag(trap_exit, true),
    L = spawn_link(nosuchmod, g, []),
    receive
        {'EXIT', L, Reason} -> io:format("spawn_link: EXIT ~p~n", [Reason])
    end,
    local_only(),
    ok.

%% spawn/1 and spawn_link/1 of a fun whose arity is not 0 still return a
%% pid; the process dies with {{badarity, {Fun, []}}, [{erlang, apply, 2, []}]}
%% and an error report is printed (crash_badarity.err). spawn_monitor/1
%% refuses such a fun with badarg. The funs here are external funs
%% (fun M:F/A), which print the same everywhere; a local fun would print as
%% #Fun<...> with a hash that only OTP computes.
-module(crash_badarity).
-export([main/1, two/2, zero/0, funs/1]).

two(A, B) -> {A, B}.

%% funs(Name): a fun the compiler cannot see through (OTP 25's compiler
%% thinks spawn_link/1 of a literal fun of arity 2 never returns and drops
%% the code after it)
funs(two) -> fun ?MODULE:two/2;
funs(reverse) -> fun lists:reverse/1;
funs(zero) -> fun ?MODULE:zero/0.

zero() -> exit(zero_ran).

main(_) ->
    false = process_flag(trap_exit, true),
    L = spawn_link(?MODULE:funs(two)),
    io:format("spawn_link gave a pid: ~p~n", [is_pid(L)]),
    receive
        {'EXIT', L, {{badarity, {F, Args}}, Stack} = Reason} ->
            io:format("badarity, fun is two/2: ~p, args ~p~n",
                      [F =:= fun ?MODULE:two/2, Args]),
            io:format("stack: ~p~n", [Stack]),
            io:format("EXIT ~p~n", [Reason])
    end,

    %% plain spawn/1: the report is printed though nobody is told
    P = spawn(?MODULE:funs(reverse)),
    io:format("spawn gave a pid: ~p~n", [is_pid(P)]),
    Ref = monitor(process, P),
    receive
        {'DOWN', Ref, process, P, _} -> io:format("spawned one ended~n")
    end,

    io:format("spawn_monitor: ~p~n",
              [try spawn_monitor(?MODULE:funs(two))
               catch error:E0 -> {error, E0}
               end]),

    %% arity 0 is fine
    {Z, ZRef} = spawn_monitor(?MODULE:funs(zero)),
    receive
        {'DOWN', ZRef, process, Z, ZR} -> io:format("arity 0: ~p~n", [ZR])
    end,

    %% not a fun at all: badarg in the caller, nothing spawned
    io:format("spawn(not_a_fun): ~p~n",
              [try spawn(not_a_fun) catch error:E -> {error, E} end]),
    io:format("spawn(M, F, not_a_list): ~p~n",
              [try spawn(?MODULE, two, not_a_list) catch error:E2 -> {error, E2} end]),
    io:format("spawn(\"m\", f, []): ~p~n",
              [try spawn("m", f, []) catch error:E3 -> {error, E3} end]),
    ok.

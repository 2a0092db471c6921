%% spawn_link of a function that crashes, with trap_exit in the parent: the
%% parent gets {'EXIT', Pid, {Reason, Stack}}, and the crash also produces an
%% error report on stderr (link_crash.err), trapped or not.
-module(link_crash).
-export([main/1, bump/1, nested/1]).

bump(X) ->
    X + 1.

nested(N) ->
    1 + check(N).

check(N) when N > 10 -> N;
check(N) -> erlang:error({too_small, N}).

main(_) ->
    false = process_flag(trap_exit, true),
    P = spawn_link(?MODULE, bump, [ten]),
    receive
        {'EXIT', P, {R, Stack}} ->
            io:format("EXIT reason: ~p~n", [R]),
            io:format("stack: ~p~n", [Stack])
    end,

    Q = spawn_link(?MODULE, nested, [3]),
    receive
        {'EXIT', Q, {R2, Stack2}} ->
            io:format("EXIT reason: ~p~n", [R2]),
            io:format("stack: ~p~n", [Stack2])
    end,

    %% a link to a process that ends well: EXIT normal, no report
    N = spawn_link(?MODULE, nested, [30]),
    receive
        {'EXIT', N, R3} -> io:format("EXIT reason: ~p~n", [R3])
    end,

    %% the parent keeps running and can do it again
    S = spawn_link(?MODULE, bump, ["one"]),
    receive
        {'EXIT', S, {R4, _}} -> io:format("again: ~p~n", [R4])
    end,
    io:format("parent alive: ~p~n", [is_process_alive(self())]),
    ok.

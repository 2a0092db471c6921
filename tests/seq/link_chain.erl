%% Exit signals propagate along links: in a chain A - B - C where only A
%% (main) traps exits, C's exit reason kills B with the same reason and
%% reaches A as {'EXIT', B, Reason}. A normal exit of C does not kill B.
-module(link_chain).
-export([main/1, middle/1, leaf/0, chain/2]).

%% leaf(): C, ends as told
leaf() ->
    receive
        {die, Reason} -> exit(Reason)
    end.

%% middle(A): B, linked to A (by spawn_link) and to C; does not trap
middle(A) ->
    C = spawn_link(?MODULE, leaf, []),
    A ! {self(), leaf, C},
    middle_loop().

middle_loop() ->
    receive
        {ping, From} ->
            From ! {pong, self()},
            middle_loop()
    end.

%% run(How): build A - B - C, end C, report what A sees
run(Label, How) ->
    B = spawn_link(?MODULE, middle, [self()]),
    C = receive {B, leaf, Leaf} -> Leaf end,
    CRef = monitor(process, C),
    case How of
        {die, _} -> C ! How;
        kill -> exit(C, kill)
    end,
    CReason = receive {'DOWN', CRef, process, C, R} -> R end,
    B ! {ping, self()},
    receive
        {'EXIT', B, BReason} ->
            io:format("~s: C ~p, B ~p~n", [Label, CReason, BReason]);
        {pong, B} ->
            io:format("~s: C ~p, B alive~n", [Label, CReason]),
            unlink(B),
            exit(B, kill)
    end.

%% chain(N, Top): a chain of N processes linked one to the next; the last
%% exits with {deep, N}
chain(0, Top) ->
    Top ! {bottom, self()},
    receive
        go -> exit(bottom_reason)
    end;
chain(N, Top) ->
    spawn_link(?MODULE, chain, [N - 1, Top]),
    receive
        never -> ok
    end.

main(_) ->
    false = process_flag(trap_exit, true),
    run("term", {die, {shutdown, {c, failed}}}),
    run("atom", {die, boom}),
    run("normal", {die, normal}),
    run("exit(kill)", {die, kill}),
    run("killed", kill),

    %% 20 processes in a line: the reason travels the whole way up
    First = spawn_link(?MODULE, chain, [20, self()]),
    Bottom = receive {bottom, Bo} -> Bo end,
    Bottom ! go,
    receive
        {'EXIT', First, R} ->
            io:format("chain of 20: ~p, bottom alive: ~p~n",
                      [R, is_process_alive(Bottom)])
    end,
    ok.

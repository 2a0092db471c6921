%% Scheduling: processes in endless loops (no receive) cannot starve the
%% others, timers still fire while they spin, and 1000 processes each
%% compute and reply, the results collected in spawn order; a token ring.
-module(proc_sched).
-export([main/1]).

main(_) ->
    Self = self(),
    %% two spinners: one pure arithmetic, one allocating
    Spin1 = spawn(fun() -> spin(0) end),
    Spin2 = spawn(fun() -> spin_alloc([]) end),
    W = [spawn(fun() -> Self ! {self(), fib(18 + I)} end) || I <- [0, 1, 2]],
    io:format("workers beside spinners: ~p~n", [[receive {P, R} -> R end || P <- W]]),
    io:format("after 20 while spinning: ~p~n", [receive never -> never after 20 -> timeout end]),
    Echo = spawn(fun() -> receive {From, X} -> From ! {self(), X + 1} end end),
    Echo ! {Self, 41},
    receive {Echo, E} -> io:format("echo while spinning: ~p~n", [E]) end,
    io:format("spinners alive: ~p~n", [[is_process_alive(S) || S <- [Spin1, Spin2]]]),
    M1 = monitor(process, Spin1),
    M2 = monitor(process, Spin2),
    io:format("exit kill: ~p~n", [[exit(Spin1, kill), exit(Spin2, kill)]]),
    receive {'DOWN', M1, process, Spin1, R1} -> io:format("spinner 1 DOWN: ~p~n", [R1]) end,
    receive {'DOWN', M2, process, Spin2, R2} -> io:format("spinner 2 DOWN: ~p~n", [R2]) end,

    %% 1000 processes each doing some work, results in spawn order
    Ps = [spawn(fun() -> Self ! {self(), work(I)} end) || I <- lists:seq(1, 1000)],
    Rs = [receive {P, R} -> R end || P <- Ps],
    io:format("1000 results: ~p~n", [length(Rs)]),
    io:format("first five: ~p~n", [lists:sublist(Rs, 5)]),
    io:format("last: ~p~n", [lists:last(Rs)]),
    io:format("in order: ~p~n", [Rs =:= [work(I) || I <- lists:seq(1, 1000)]]),
    io:format("sum: ~p~n", [lists:sum(Rs)]),

    %% 1000 processes that all wait, then are released in reverse order
    Waiters = [spawn(fun() -> receive {go, From} -> From ! {self(), I * I} end end)
               || I <- lists:seq(1, 1000)],
    [P ! {go, Self} || P <- lists:reverse(Waiters)],
    Sq = [receive {P, R} -> R end || P <- Waiters],
    io:format("waiters: ~p ~p~n", [length(Sq), lists:sum(Sq)]),

    %% a ring of 100 processes passing a counter around 20 times
    Ring = ring(100, Self),
    Ring ! {token, 0},
    Count = ring_main(Ring, 20),
    io:format("ring hops: ~p~n", [Count]),
    io:format("mailbox empty: ~p~n", [receive X -> X after 0 -> empty end]),
    ok.

spin(N) -> spin((N + 1) band 16#ffff).

spin_alloc(L) when length(L) > 100 -> spin_alloc([]);
spin_alloc(L) -> spin_alloc([{x, L} | L]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

work(I) -> lists:sum([J * J rem 7 || J <- lists:seq(1, I)]) + I.

%% ring(N, Last): N processes, each forwarding to the next; the last one
%% forwards to Last (main). Returns the first.
ring(0, Next) -> Next;
ring(N, Next) -> ring(N - 1, spawn(fun() -> ring_node(Next) end)).

ring_node(Next) ->
    receive
        {token, C} -> Next ! {token, C + 1}, ring_node(Next);
        stop -> Next ! stop
    end.

ring_main(Ring, 1) ->
    receive {token, C} -> Ring ! stop, receive stop -> C end end;
ring_main(Ring, Rounds) ->
    receive {token, C} -> Ring ! {token, C}, ring_main(Ring, Rounds - 1) end.

-module(fib).
-export([main/1, fib/1]).

%% Naive doubly recursive fib(30): calls, small-integer arithmetic, compares.
main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    R = fib(30),
    T1 = erlang:monotonic_time(microsecond),
    io:format("fib(30) = ~p in ~p us~n", [R, T1 - T0]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

%% Tail-recursive loops with accumulators over many iterations.
-module(tail_loops).
-export([main/1]).

main(_) ->
    io:format("~p~n", [count(10000000, 0)]),
    io:format("~p~n", [sum_squares(1, 100000, 0)]),
    io:format("~p~n", [collatz_max(1, 30000, {0, 0})]),
    io:format("~p~n", [gcd(1071, 462)]),
    io:format("~p~n", [gcd(fact(30), fact(20) * 7)]),
    io:format("~p~n", [lcm_all(lists:seq(1, 40))]),
    io:format("~p~n", [digits_sum(fact(100), 0)]),
    io:format("~p~n", [power_mod(3, 1000000, 1000000007)]),
    ok.

count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).

sum_squares(I, N, Acc) when I > N -> Acc;
sum_squares(I, N, Acc) -> sum_squares(I + 1, N, Acc + I * I).

collatz_max(I, N, Best) when I > N -> Best;
collatz_max(I, N, {_, BestLen} = Best) ->
    L = collatz(I, 1),
    collatz_max(I + 1, N, if L > BestLen -> {I, L}; true -> Best end).

collatz(1, L) -> L;
collatz(N, L) when N rem 2 =:= 0 -> collatz(N div 2, L + 1);
collatz(N, L) -> collatz(3 * N + 1, L + 1).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

lcm_all(L) -> lists:foldl(fun(X, Acc) -> Acc * X div gcd(Acc, X) end, 1, L).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

digits_sum(0, Acc) -> Acc;
digits_sum(N, Acc) -> digits_sum(N div 10, Acc + N rem 10).

power_mod(_, 0, _) -> 1;
power_mod(B, E, M) when E rem 2 =:= 0 -> H = power_mod(B, E div 2, M), H * H rem M;
power_mod(B, E, M) -> B * power_mod(B, E - 1, M) rem M.

%% Primes by a sieve over lists, and prime factorisation of big numbers.
-module(sieve).
-export([main/1]).

main(_) ->
    Ps = primes(200),
    io:format("~p~n", [Ps]),
    io:format("~p primes below 10000~n", [length(primes(10000))]),
    [io:format("~p = ~p~n", [N, factor(N)]) || N <- [360, 9973, 600851475143, 1 bsl 31 - 1, 123456789012]],
    ok.

primes(N) -> sieve(lists:seq(2, N)).

sieve([]) -> [];
sieve([P | T]) -> [P | sieve([X || X <- T, X rem P =/= 0])].

factor(N) -> factor(N, 2, []).

factor(1, _, Acc) -> lists:reverse(Acc);
factor(N, F, Acc) when F * F > N -> lists:reverse([N | Acc]);
factor(N, F, Acc) when N rem F =:= 0 -> factor(N div F, F, [F | Acc]);
factor(N, 2, Acc) -> factor(N, 3, Acc);
factor(N, F, Acc) -> factor(N, F + 2, Acc).

%% Small integers overflow into bignums and back; big +, -, *, div, rem.
-module(bignum_arith).
-export([main/1]).

main(_) ->
    Max60 = 1 bsl 59 - 1,
    show(Max60),
    show(Max60 + 1),
    show(Max60 * 2),
    show(-Max60 - 2),
    show((1 bsl 64) - 1),
    show(1 bsl 64),
    show(fact(25)),
    show(fact(50)),
    show(fact(50) div fact(48)),
    show(fact(30) rem 1000000007),
    show(-fact(30) rem 1000000007),
    show(fact(30) div -7),
    show(-fact(30) div 7),
    show(pow(2, 100)),
    show(pow(-3, 41)),
    show(pow(10, 30) - pow(10, 30) + 5),
    show((pow(2, 100) + 1) - pow(2, 100)),
    show(pow(2, 100) div pow(2, 98)),
    show(pow(7, 50) rem pow(3, 20)),
    show(pow(2, 64) * pow(2, 64)),
    show(pow(12345678901234567890, 3)),
    show(abs(-pow(2, 70))),
    show(fib(300)),
    show(pow(2, 62) == 4611686018427387904),
    show(pow(2, 80) > pow(2, 79)),
    show(-pow(2, 80) < 5),
    show(pow(2, 80) + 0.5),
    show(float(pow(2, 70))),
    show(integer_to_list(pow(3, 60))),
    show(list_to_integer("-123456789012345678901234567890")),
    show(pow(2, 59) - 1 + 1 - 1),
    show(sum_big(100, 0)),
    ok.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

sum_big(0, Acc) -> Acc;
sum_big(N, Acc) -> sum_big(N - 1, Acc + pow(2, N)).

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

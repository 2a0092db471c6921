%% Bitwise operators and shifts on small and big, positive and negative integers.
-module(bignum_bits).
-export([main/1]).

main(_) ->
    B = 1 bsl 100,
    C = (1 bsl 90) + 12345,
    show(B band C),
    show(B bor C),
    show(B bxor C),
    show(bnot B),
    show(bnot -B),
    show(bnot 0),
    show(bnot 5),
    show(-B band C),
    show(-B bor C),
    show(-B bxor -C),
    show(B bsr 37),
    show(-B bsr 37),
    show(-1 bsr 200),
    show(1 bsr 200),
    show(C bsl 10),
    show(C bsl -10),
    show(C bsr -3),
    show(-C bsr 5),
    show(255 band 15),
    show(16#F0 bor 16#0F),
    show(16#FF bxor 16#0F),
    show(-8 bsr 1),
    show(-7 bsr 1),
    show(1 bsl 59),
    show(1 bsl 60),
    show(1 bsl 63),
    show(-1 bsl 63),
    show(((1 bsl 128) - 1) band ((1 bsl 64) - 1)),
    show(((1 bsl 128) - 1) bxor ((1 bsl 64) - 1)),
    show(-12345678901234567890123 band 16#FFFFFFFF),
    show(-12345678901234567890123 bor 16#FFFF),
    show(12345678901234567890123 bsr 64),
    show(((1 bsl 100) bsr 100)),
    show(bnot (1 bsl 64)),
    show(-(1 bsl 64) band -(1 bsl 32)),
    ok.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

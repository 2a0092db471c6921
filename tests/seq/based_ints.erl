%% Based integer literals and integer <-> string conversions in any base.
-module(based_ints).
-export([main/1]).

main(_) ->
    show(16#ff),
    show(16#FF),
    show(2#101010),
    show(8#777),
    show(36#zz),
    show(36#ZZ),
    show(-16#10),
    show(16#FFFFFFFFFFFFFFFFFFFF),
    show(1_000_000),
    show(16#ff_ff),
    show(integer_to_list(255, 16)),
    show(integer_to_list(255, 2)),
    show(integer_to_list(-255, 16)),
    show(integer_to_list(123456789, 36)),
    show(integer_to_list(1 bsl 70, 16)),
    show(integer_to_list(0, 7)),
    show(integer_to_list(-42)),
    show(list_to_integer("ff", 16)),
    show(list_to_integer("FF", 16)),
    show(list_to_integer("-101", 2)),
    show(list_to_integer("zz", 36)),
    show(list_to_integer("+17")),
    show(list_to_integer("-0")),
    show(list_to_integer("123456789012345678901234567890", 16)),
    show(integer_to_binary(255, 16)),
    show(binary_to_integer(<<"7fffffffffffffff">>, 16)),
    show(binary_to_integer(<<"-99">>)),
    show(catch list_to_integer("12a")),
    show(catch list_to_integer("")),
    show(catch list_to_integer("z", 10)),
    show(catch integer_to_list(10, 1)),
    show(catch integer_to_list(10, 37)),
    io:format("~.16B ~.2B ~.36B~n", [255, 5, 35]),
    ok.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

%% Conversion BIFs between atoms, lists, binaries, integers, floats, tuples.
-module(conversions).
-export([main/1]).

main(_) ->
    show(atom_to_list(hello)),
    show(list_to_atom("world")),
    show(integer_to_list(12345)),
    show(integer_to_list(-987654321987654321987)),
    show(list_to_integer("-42")),
    show(float_to_list(2.5)),
    show(float_to_list(0.1)),
    show(float_to_list(-1.0e-10)),
    show(float_to_list(123.456, [{decimals, 2}])),
    show(float_to_list(1.0e15, [{decimals, 1}])),
    show(float_to_list(7.0, [{scientific, 2}])),
    show(float_to_list(0.5, [compact, {decimals, 5}])),
    show(list_to_float("3.25")),
    show(list_to_float("1.0e-3")),
    show(binary_to_list(<<1, 2, 3>>)),
    show(list_to_binary("text")),
    show(list_to_binary([<<"a">>, "b", [$c, [<<"d">>]]])),
    show(tuple_to_list({1, two, "three"})),
    show(list_to_tuple([a, [b], {c}])),
    show(atom_to_binary(ok)),
    show(binary_to_atom(<<"from_bin">>)),
    show(integer_to_binary(-77)),
    show(binary_to_integer(<<"123456789012345678901234567890">>)),
    show(float_to_binary(1.5)),
    show(float_to_binary(2.0, [{decimals, 3}])),
    show(binary_to_float(<<"6.5e2">>)),
    show(iolist_to_binary([<<"x">>, [$y, <<"z">>]])),
    show(term_to_binary_roundtrip({a, [1, 2.5, "s"], #{k => <<"v">>}})),
    show(float(3)),
    show(trunc(-2.9)),
    show(list_to_integer("0777")),
    show(catch list_to_float("1")),
    show(catch list_to_float("1.")),
    show(catch binary_to_list(notbin)),
    show(catch atom_to_list("str")),
    show(catch list_to_integer(" 1")),
    show(catch integer_to_list(1.0)),
    show(catch list_to_tuple(notlist)),
    show(catch tuple_to_list([])),
    show(catch float_to_list(1)),
    show(catch list_to_binary([256])),
    show(catch list_to_binary([a])),
    ok.

term_to_binary_roundtrip(T) -> binary_to_term(term_to_binary(T)) =:= T.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

%% Guards: type tests, guard BIFs, ; and , sequences, failing guard BIFs.
-module(guards).
-export([main/1]).

main(_) ->
    Vals = [1, -1, 1.5, atom, "str", <<"bin">>, <<1:3>>, {t, 1}, [], #{k => v},
            fun() -> ok end, true],
    [io:format("~w~n", [kind(V)]) || V <- Vals],
    show([small(X) || X <- [1, 5, 50, 500]]),
    show([t(X) || X <- [{a, b}, {a, b, c}, [1, 2, 3], [1], <<1, 2>>, #{a => 1}]]),
    show(safe_hd([])),
    show(safe_hd([x])),
    show(bad_guard(a)),
    show(bad_guard(5)),
    show(num_guard(3)),
    show(num_guard(3.0)),
    show(num_guard(-4)),
    show(arith_guard(10)),
    show(arith_guard(11)),
    show(map_guard(#{a => 1})),
    show(map_guard(#{b => 1})),
    show(bool_guard(true, false)),
    show(bool_guard(true, true)),
    show(rec_guard({r, 1})),
    show(rec_guard({s, 1})),
    show(elem_guard({1, 2, 3})),
    show(elem_guard({})),
    show(fn_guard(fun(_, _) -> ok end)),
    show(fn_guard(fun(_) -> ok end)),
    ok.

kind(X) when is_integer(X), X > 0 -> pos_int;
kind(X) when is_integer(X) -> int;
kind(X) when is_float(X) -> float;
kind(X) when is_boolean(X) -> bool;
kind(X) when is_atom(X) -> atom;
kind(X) when is_binary(X) -> binary;
kind(X) when is_bitstring(X) -> bitstring;
kind(X) when is_tuple(X), tuple_size(X) =:= 2 -> pair;
kind(X) when is_list(X) -> list;
kind(X) when is_map(X) -> map;
kind(X) when is_function(X, 0) -> fun0;
kind(_) -> other.

small(X) when X < 10; X > 100 -> extreme;
small(_) -> middle.

t(X) when is_tuple(X), size(X) == 2 -> pair;
t(X) when is_tuple(X) -> tuple;
t(X) when length(X) > 1 -> long_list;
t(X) when is_list(X) -> short_list;
t(X) when byte_size(X) == 2 -> two_bytes;
t(X) when map_size(X) > 0 -> map.

safe_hd(L) when hd(L) =/= x -> hd(L);
safe_hd(_) -> no_head.

bad_guard(X) when X + 1 > 0 -> number;
bad_guard(_) -> guard_failed.

num_guard(X) when is_number(X), abs(X) > 3 -> big;
num_guard(X) when float(X) == 3.0, is_float(X) -> float_three;
num_guard(X) when trunc(X) =:= 3 -> three;
num_guard(_) -> other.

arith_guard(X) when X rem 2 =:= 0, X div 2 > 4, (X band 1) == 0 -> even_big;
arith_guard(_) -> no.

map_guard(M) when is_map_key(a, M), map_get(a, M) =:= 1 -> has_a;
map_guard(_) -> no_a.

bool_guard(A, B) when A andalso not B -> a_not_b;
bool_guard(A, B) when A, B -> both.

rec_guard(R) when is_record(R, r, 2) -> r;
rec_guard(_) -> not_r.

elem_guard(T) when element(1, T) =:= 1 -> first_is_one;
elem_guard(_) -> nope.

fn_guard(F) when is_function(F, 2) -> arity2;
fn_guard(F) when is_function(F) -> other_arity.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

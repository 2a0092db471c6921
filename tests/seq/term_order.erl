%% Term order across types, == versus =:= between integers and floats.
-module(term_order).
-export([main/1]).

main(_) ->
    Terms = [[b], {1, 2}, "abc", <<"bin">>, 3.5, atom, #{a => 1}, {1}, [], 7,
             -2, <<>>, [a | b], 1, zzz, #{}, {}, [[]], 'A', <<1:3>>, -2.0e10],
    show(lists:sort(Terms)),
    show(lists:reverse(lists:sort(fun(A, B) -> A >= B end, Terms))),
    show([1 == 1.0, 1 =:= 1.0, 1 /= 1.0, 1 =/= 1.0]),
    show([0 == 0.0, -0.0 == 0, 2 < 2.5, 3 > 2.9999]),
    show([1 < a, a < {}, {} < #{}, #{} < [], [] < [a], [a] < <<>>]),
    show([{1, 2} < {1, 2, 0}, {2} < {1, 1}, {a, 1} < {a, 2}, {b} > {a, z}]),
    show([[1, 2] < [1, 3], [1] < [1, 0], "abc" < "abd", "ab" < "abc"]),
    show([<<1>> < <<2>>, <<1>> < <<1, 0>>, <<2>> > <<1, 9>>]),
    show([#{a => 1} < #{a => 1, b => 1}, #{a => 2} > #{a => 1}, #{b => 1} > #{a => 9}]),
    show([#{1 => a} == #{1.0 => a}, #{1 => a} =:= #{1.0 => a}]),
    show(lists:usort([1, 1.0, 2, 2.0, 1])),
    show([max(1, 1.0), min(1, 1.0), max(1.0, 1), min(1.0, 1)]),
    show([max(a, 1), min("s", s), max([], {})]),
    show({1, 1.0} == {1.0, 1}),
    show([1, 2.0] =:= [1, 2]),
    show(lists:sort([{b, 2}, {a, 3}, {b, 1}, {a, 1.0}])),
    show(lists:sort([3, 1.5, 2, -1, 0.0, 100000000000000000000, -100000000000000000000])),
    show(9007199254740993 > 9007199254740992.0),
    show(9007199254740993 == 9007199254740992.0),
    show(lists:sort(["b", "a", "ab", "", "B"])),
    show(lists:sort([<<"b">>, <<"a">>, <<"ab">>, <<>>])),
    ok.

show(V) -> io:format("~p~n", [V]).

%% Tuples and the tuple BIFs.
-module(tuples).
-export([main/1]).

main(_) ->
    T = {a, 1, "two", {3, 4}, [5]},
    show(T),
    show(element(1, T)),
    show(element(4, T)),
    show(setelement(2, T, one)),
    show(tuple_size(T)),
    show(size(T)),
    show(tuple_size({})),
    show(tuple_to_list(T)),
    show(list_to_tuple([x, y, z])),
    show(erlang:make_tuple(3, z)),
    show(erlang:make_tuple(5, 0, [{2, a}, {4, b}])),
    show(erlang:append_element({1, 2}, 3)),
    show(erlang:delete_element(2, {1, 2, 3})),
    show(erlang:insert_element(1, {b, c}, a)),
    {A, B, _, {C, D}, [E]} = T,
    show([A, B, C, D, E]),
    show({}),
    show({{}}),
    show({1, {2, {3, {4}}}}),
    show(is_tuple(T)),
    show(is_tuple([T])),
    show({1, 2} < {1, 3}),
    show({2} < {1, 1}),
    show({a, b} == {a, b}),
    show(swap({left, right})),
    show(lists:map(fun({K, V}) -> {V, K} end, [{1, a}, {2, b}])),
    show(catch element(7, T)),
    show(catch setelement(0, T, x)),
    ok.

swap({X, Y}) -> {Y, X}.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

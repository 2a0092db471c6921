%% Pattern matching: nested patterns, repeated variables, = in patterns, literals.
-module(patterns).
-export([main/1]).

main(_) ->
    {A, {B, [C | D]}} = {1, {two, [3, 4, 5]}},
    show({A, B, C, D}),
    [X, X | _] = [7, 7, 8],
    show(X),
    show(same([1, 1])),
    show(same([1, 2])),
    show(same([1, 1.0])),
    {ok, V} = Whole = {ok, 42},
    show({V, Whole}),
    show(first_two("hello")),
    show([classify(T) || T <- [{point, 1, 2}, {circle, {0, 0}, 5}, {rect, {0, 0}, {2, 3}}, {blob}]]),
    show(match_str("GET /path")),
    show(match_str("POST /form")),
    show(match_str("PUT")),
    show(match_lit(<<"abc">>)),
    show(match_lit(-3)),
    show(match_lit(2.0)),
    show(match_lit('quoted atom')),
    show(match_lit({})),
    show(match_lit([])),
    show(match_lit($x)),
    show(lookup([{b, 2}, {a, 1}], a)),
    show(swap_pairs([{1, a}, {2, b}])),
    show(catch begin [Y, Y] = [1, 2], Y end),
    show(deep({a, [{b, [{c, found}]}]})),
    show(case {1, 2, 3} of {_, _} -> two; {_, _, _} -> three end),
    ok.

same([H, H]) -> same;
same(_) -> different.

first_two([A, B | _]) -> [A, B].

classify({point, _, _}) -> point;
classify({circle, {_, _}, R}) when R > 0 -> circle;
classify({rect, {X1, Y1}, {X2, Y2}}) -> {rect, (X2 - X1) * (Y2 - Y1)};
classify(_) -> unknown.

match_str("GET " ++ Path) -> {get, Path};
match_str("POST " ++ Path) -> {post, Path};
match_str(_) -> other.

match_lit(<<"abc">>) -> binary;
match_lit(-3) -> negative_three;
match_lit(2.0) -> float_two;
match_lit('quoted atom') -> quoted;
match_lit({}) -> empty_tuple;
match_lit([]) -> nil;
match_lit($x) -> char_x.

lookup([{K, V} | _], K) -> V;
lookup([_ | T], K) -> lookup(T, K);
lookup([], _) -> none.

swap_pairs(L) -> [{V, K} || {K, V} <- L].

deep({_, [{_, [{_, R}]}]}) -> R.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

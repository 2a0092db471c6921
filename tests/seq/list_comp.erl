%% List comprehensions: generators, filters, patterns, nesting.
-module(list_comp).
-export([main/1]).

main(_) ->
    show([X * 2 || X <- [1, 2, 3]]),
    show([X || X <- lists:seq(1, 20), X rem 3 =:= 0]),
    show([{X, Y} || X <- [1, 2, 3], Y <- [a, b]]),
    show([{X, Y} || X <- [1, 2, 3], Y <- [X, X * 10], Y > 2]),
    show([X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 4}]]),
    show([K || {K, V} <- [{a, 1}, {b, 2}, {c, 1}], V =:= 1]),
    show([[C] || C <- "abc"]),
    show([X || X <- [1, a, 2.0, "s", b], is_atom(X)]),
    show(pyth(20)),
    show(qsort([5, 3, 8, 1, 9, 2, 7])),
    show(perms([1, 2, 3])),
    show([X + Y || X <- [], Y <- [1]]),
    show([ok || _ <- [1, 2, 3]]),
    show([X || X <- [1, 2, 3], false]),
    show([{I, J} || I <- lists:seq(1, 4), J <- lists:seq(I, 4), I + J =:= 5]),
    show([H || [H | _] <- ["one", "", "two", [], "three"]]),
    Y = 2,
    show([X || {X, Y0} <- [{a, 1}, {b, 2}, {c, 2}], Y0 =:= Y]),
    show([[X || X <- L, X > 1] || L <- [[1, 2], [3, 1], []]]),
    show(lists:sum([X * X || X <- lists:seq(1, 10), X rem 2 =:= 1])),
    ok.

pyth(N) ->
    [{A, B, C} || A <- lists:seq(1, N), B <- lists:seq(A, N), C <- lists:seq(B, N),
                  A * A + B * B =:= C * C].

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

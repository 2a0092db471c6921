%% List construction, ++, --, hd, tl, length, improper lists.
-module(lists_basic).
-export([main/1]).

main(_) ->
    L = [1, 2, 3],
    show(L),
    show([0 | L]),
    show(L ++ [4, 5]),
    show([1, 2, 3, 2, 1] -- [2, 1]),
    show([a, b] ++ []),
    show([] ++ [a]),
    show(hd(L)),
    show(tl(L)),
    show(length(L)),
    show(length([])),
    show([1 | 2]),
    show([1, 2 | 3]),
    show([a | [b | [c | []]]]),
    show([[1, 2], [3], []]),
    [H | Tl] = L,
    show({H, Tl}),
    [X, Y | Rest] = [10, 20, 30, 40],
    show({X, Y, Rest}),
    show(is_list(L)),
    show(is_list([])),
    show(is_list({L})),
    show(rev(L, [])),
    show(len([a, b, c, d])),
    show(catch hd([])),
    show(catch tl([])),
    show(catch length([1 | 2])),
    show([1, 2] ++ 3),
    show(catch 3 ++ [1]),
    show(lists:reverse("abc")),
    show([] == []),
    show([1, 2] < [1, 2, 3]),
    show([2] > [1, 9, 9]),
    show(lists:seq(1, 10) -- lists:seq(2, 10, 2)),
    ok.

rev([], Acc) -> Acc;
rev([H | T], Acc) -> rev(T, [H | Acc]).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

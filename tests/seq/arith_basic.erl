%% Integer arithmetic on small integers, including negative div/rem.
-module(arith_basic).
-export([main/1]).

main(_) ->
    show(1 + 2),
    show(10 - 25),
    show(6 * 7),
    show(-6 * 7),
    show(17 div 5),
    show(-17 div 5),
    show(17 div -5),
    show(-17 div -5),
    show(17 rem 5),
    show(-17 rem 5),
    show(17 rem -5),
    show(-17 rem -5),
    show(7 / 2),
    show(-7 / 2),
    show(6 / 3),
    show(-(-5)),
    show(+5),
    show(- 5),
    show(abs(-42)),
    show(abs(42)),
    show(1 - 2 - 3),
    show(2 * 3 + 4 * 5),
    show((2 + 3) * (4 + 5)),
    show(100 div 7 * 7 + 100 rem 7),
    X = 12, Y = 5,
    show({X + Y, X - Y, X * Y, X div Y, X rem Y}),
    show(lists:foldl(fun(I, Acc) -> Acc + I * I end, 0, lists:seq(1, 100))),
    show(0 * -1),
    show(max(3, 7)),
    show(min(3, 7)),
    show(max(3, 3.0)),
    show(min(3, 3.0)),
    ok.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

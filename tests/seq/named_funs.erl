%% Named (recursive) funs.
-module(named_funs).
-export([main/1]).

main(_) ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    show(Fact(10)),
    show(Fact(25)),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    show([Fib(I) || I <- lists:seq(0, 15)]),
    Len = fun L([]) -> 0; L([_ | T]) -> 1 + L(T) end,
    show(Len("hello")),
    K = 3,
    Down = fun D(0, Acc) -> lists:reverse(Acc); D(N, Acc) -> D(N - 1, [N * K | Acc]) end,
    show(Down(5, [])),
    Flat = fun Fl([]) -> []; Fl([H | T]) when is_list(H) -> Fl(H) ++ Fl(T); Fl([H | T]) -> [H | Fl(T)] end,
    show(Flat([1, [2, [3, [4]], 5], [[6]]])),
    Ev = fun Even(0) -> true; Even(N) -> not Even(N - 1) end,
    show({Ev(10), Ev(7)}),
    Self = fun Me(stop) -> Me; Me(_) -> ok end,
    show(is_function(Self(stop), 1)),
    show((Self(stop))(go)),
    ok.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

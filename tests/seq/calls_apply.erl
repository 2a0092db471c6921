%% Local, remote, variable and apply calls.
-module(calls_apply).
-export([main/1, add/2, three/0]).
-import(lists, [reverse/1, map/2]).

main(_) ->
    show(add(1, 2)),
    show(calls_apply:add(3, 4)),
    show(?MODULE:add(5, 6)),
    M = calls_apply, F = add,
    show(M:F(7, 8)),
    show(apply(M, F, [9, 10])),
    show(apply(fun add/2, [11, 12])),
    show(apply(fun(X) -> X * X end, [13])),
    show(erlang:apply(lists, seq, [1, 5])),
    show(apply(erlang, '+', [1, 2])),
    show(erlang:'*'(6, 7)),
    show(reverse([1, 2, 3])),
    show(map(fun(X) -> X + 1 end, [1, 2])),
    show(three()),
    show(M:three()),
    Mod = lists,
    show(Mod:sum([1, 2, 3])),
    show(apply(calls_apply, three, [])),
    show(catch nosuchmod:f(1)),
    show(catch calls_apply:nosuchfun(1)),
    show(catch apply(calls_apply, add, [1])),
    show(catch M:add(a, 1)),
    show(catch apply(notamod, nofun, [])),
    Fun = fun lists:sum/1,
    show(Fun([4, 5])),
    show(dispatch([{add, [1, 1]}, {three, []}])),
    ok.

add(X, Y) -> X + Y.

three() -> 3.

dispatch(Calls) -> [apply(?MODULE, Name, Args) || {Name, Args} <- Calls].

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

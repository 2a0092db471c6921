%% Funs: anonymous, closures over variables, fun f/A, fun m:f/A, funs returning funs.
-module(funs_closures).
-export([main/1, double/1]).

main(_) ->
    Add = fun(X, Y) -> X + Y end,
    show(Add(2, 3)),
    N = 10,
    AddN = fun(X) -> X + N end,
    show(AddN(5)),
    show(lists:map(AddN, [1, 2, 3])),
    show(lists:map(fun double/1, [1, 2, 3])),
    show(lists:map(fun ?MODULE:double/1, [4, 5])),
    show(lists:map(fun funs_closures:double/1, [6])),
    F = fun erlang:abs/1,
    show(F(-9)),
    Mk = make_adder(100),
    show(Mk(1)),
    show((make_adder(7))(3)),
    Compose = compose(fun(X) -> X * 2 end, fun(X) -> X + 1 end),
    show(Compose(5)),
    Counter = counter(0),
    {V1, C1} = Counter(),
    {V2, C2} = C1(),
    {V3, _} = C2(),
    show([V1, V2, V3]),
    show(apply_n(fun(X) -> X * 3 end, 4, 1)),
    show(is_function(Add)),
    show(is_function(Add, 2)),
    show(is_function(Add, 1)),
    show(is_function(fun lists:map/2, 2)),
    show(erlang:fun_info(Add, arity)),
    show(erlang:fun_info(fun lists:map/2, module)),
    Curry = fun(A) -> fun(B) -> fun(C) -> A + B * C end end end,
    show(((Curry(1))(2))(3)),
    Fs = [fun(X) -> X + I end || I <- [1, 2, 3]],
    show([G(10) || G <- Fs]),
    show(case catch Add(1) of {'EXIT', {{badarity, {_, Args}}, _}} -> {badarity, Args} end),
    show(catch (list_to_atom("notfun"))(1)),
    Case = fun(0) -> zero; (K) when K > 0 -> pos; (_) -> neg end,
    show([Case(0), Case(5), Case(-5)]),
    io:format("~p~n", [fun lists:reverse/1]),
    ok.

double(X) -> 2 * X.

make_adder(N) -> fun(X) -> X + N end.

compose(F, G) -> fun(X) -> F(G(X)) end.

counter(N) -> fun() -> {N, counter(N + 1)} end.

apply_n(_, 0, X) -> X;
apply_n(F, N, X) -> apply_n(F, N - 1, F(X)).

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

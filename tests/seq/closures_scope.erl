%% Variable scoping in funs: shadowing, capture by value, funs in data.
-module(closures_scope).
-export([main/1]).

main(_) ->
    X = 1,
    F = fun(X1) -> X + X1 end,
    io:format("~p~n", [F(10)]),
    G = fun() -> X = 1, matched end,
    io:format("~p~n", [G()]),
    H = fun(Y) -> case Y of X -> same_as_x; _ -> different end end,
    io:format("~p ~p~n", [H(1), H(2)]),
    Adders = [{N, fun(V) -> V + N end} || N <- [1, 10, 100]],
    io:format("~p~n", [[{N, A(1)} || {N, A} <- Adders]]),
    Ops = #{add => fun erlang:'+'/2, sub => fun erlang:'-'/2, mul => fun(A, B) -> A * B end},
    io:format("~p~n", [[{K, (maps:get(K, Ops))(7, 3)} || K <- [add, mul, sub]]]),
    Acc = lists:foldl(fun(I, Fs) -> [fun() -> I * I end | Fs] end, [], [1, 2, 3]),
    io:format("~p~n", [[Fn() || Fn <- Acc]]),
    Z = 5,
    Nested = fun(A) -> fun(B) -> fun(C) -> {A, B, C, Z} end end end,
    io:format("~p~n", [((Nested(a))(b))(c)]),
    {Y1, Y2} = {fun() -> X end, fun() -> Z end},
    io:format("~p~n", [Y1() + Y2()]),
    Self = fun Loop(0, Acc2) -> Acc2; Loop(N, Acc2) -> Loop(N - 1, [N | Acc2]) end,
    io:format("~p~n", [Self(5, [])]),
    ok.

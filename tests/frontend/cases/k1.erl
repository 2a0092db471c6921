-module(k1).
-export([f/1]).
-record(unused, {a}).
f(X) ->
    [X || X <- [1]],
    try X of 1 -> A = 1 catch _ -> B = 2 end, A, B,
    catch (C = 1), C,
    receive D -> ok after 10 -> D = 1 end, D,
    if X -> E = 1; true -> ok end, E,
    case X of f(1) -> ok; {G} when G = 1 -> ok; _ when f(X) -> ok end,
    fun(X, Y) -> Y end,
    fun F(F) -> F end,
    Z = 1, {Z, Z} = {_ = 3, Q = 4}, Q,
    k1(), k2().
k1() -> k2().
k2() -> k1().

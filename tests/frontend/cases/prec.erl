-module(prec).
-export([f/2]).
f(A, B) ->
    X = catch A + B,
    Y = A andalso catch B,
    Z = [catch 1, - - 2, -(3), +4, bnot 5, not true],
    W = A + B * A - B div 2 rem 3 band 4 bor 5 bsl 1 bsr 1 bxor 2,
    V = A ++ B -- A ++ B,
    U = (A == B) orelse (A /= B) andalso (A =:= B) orelse A =/= B,
    T = A < B, S = A =< B, R = A > B, Q = A >= B,
    P = A ! B ! {x, y},
    O = #{a => 1}#{a := 2},
    N = fun erlang:abs/1, M = fun lists:map/2,
    L = <<1:8/little-signed-integer-unit:1, 2.0/float, "ab", 3:4, (A + 1):16, <<>>/binary, 16#41/utf8>>,
    K = 'quoted atom', J = "esc\t\n\e\s\d\x41\x{263A}\101\^A\\\"",
    I = [$a, $\n, $\x{41}, $\\, $", 16#ff, 2#1010, 36#zz, 1_000_000, 1.5e-3, 2.0e10, 123456789012345678901234567890],
    H = begin X, Y end,
    G = [{E1, E2} || E1 <- A, E2 <- B, E1 > E2, E2 =/= 0],
    {X, Y, Z, W, V, U, T, S, R, Q, P, O, N, M, L, K, J, I, H, G}.

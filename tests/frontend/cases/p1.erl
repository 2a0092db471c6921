-module(p1).
-export([f/1, g/2]).
-vsn("1.0").
-define(X, 42).
-define(ADD(A, B), A + B).
f(X) when is_integer(X), X > 0; X =:= -1 -> ?X + ?ADD(X, 2) * -3;
f({a, [H|T], <<B:8/integer-signed-little-unit:1, R/binary>>}) -> {H, T, B, R, "ab" "cd", $a, $\n, 16#ff, 2#1010, 1_000, 1.0e10};
f(X) -> case X of {ok, Y} -> Y; _ -> catch X ! hello end.
g(A, B) -> fun(X) -> X + A end, fun g/2, fun m:f/1, fun F(0) -> 1; F(N) -> N * F(N-1) end,
   [X * 2 || X <- A, X > B, {Y} <- B], #{a => 1, b => 2}, A#{a := 3},
   try foo(A) of Z -> Z catch throw:E -> E; error:R:S -> {R, S}; X2 -> X2 after ok end,
   receive {msg, M} -> M after 100 -> timeout end,
   if A > B -> a; true -> b end, begin 1, 2 end, ?MODULE, ?FUNCTION_NAME, ?FUNCTION_ARITY, ?LINE,
   X = Y = 3, A andalso B orelse not A, A ++ B -- C, -A, bnot 1, - - 1, 99999999999999999999999.

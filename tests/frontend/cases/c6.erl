-module(c6).
-export([f/1]).
f(X) when Y > 1 -> X;
f(X) when foo(X) -> 1;
f(X) -> <<X:7/foo>>, [Q || Q <- Z], #{Q => 1}, W#{a => 1}.

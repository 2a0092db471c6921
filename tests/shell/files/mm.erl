-module(mm).
-export([a/0, b/1]).
a() -> 1.
b(X) -> X.

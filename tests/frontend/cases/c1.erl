-module(c1).
-export([f/0]).
f() -> foo(1, 2)



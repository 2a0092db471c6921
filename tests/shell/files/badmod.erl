-module(badmod).
-export([f/0]).
f() -> 1 +.
g() -> ok.

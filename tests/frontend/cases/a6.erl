-module(a6).
-export([f/0]).
f() -> 3 \ 4, 16#fg, 1_, $

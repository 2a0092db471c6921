-module(a3).
-export([f/0]).
f() -> 	X = 1,
	Y + 2.

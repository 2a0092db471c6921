-module(bg).
-export([f/2]).
f(Bin, K) -> [{X, Y} || <<K:8, X:4, Y:4>> <= Bin] ++ [Z || <<N:8, Z:N>> <= Bin].

-module(errs).
-export([a/1, fc/2, clause/1, nope_caller/0, deep/1]).

a(X) -> b(X) + 1.
b(X) -> badarith(X) + 1.
badarith(X) -> X + 1.

clause(1) -> one;
clause(2) -> two.

fc(a2345, b2345) -> ok;
fc(x, y) -> ok.

nope_caller() -> errs_missing:nope(1, 2).

deep(0) -> erlang:error(deep_bottom);
deep(N) when N > 0 -> [deep(N - 1)];
deep(_) -> [].

-module(b1).
-export([f/1, g/0, h/0]).
-record(r, {a, b = 2}).
f(Abc) -> Zzz = Qqq + 1, foo bar.
g() -> ?UNDEF, #s{}.
h() -> X = #r{c = 1}, X#r.d, case 1 of 1 -> Uu = 1; 2 -> ok end, Uu.
k() -> ok.
h() -> 1.
-define(M, 1).
-define(M, 2).
l(X) -> fun(X) -> X end.
m(1) -> 1;
n(2) -> 2.
-include("nothere.hrl").

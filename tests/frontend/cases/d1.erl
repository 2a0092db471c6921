

-export([f/1]).
-record(r, {a, b = 2}).
f(X) -> Y + Y, g(), h(), X#r.a.
g() -> k().
k() -> g().
h() -> ?F, ?G(1), ?MODULE.
-define(G(A,B), A).
i() -> ?G(1).

-module(e1).
-export([f/1]).
f(X) -> #s{}, X#t.a, #u.b, X#r{a=1}, is_record(X, v), fun  g/1, m:h(), fun e/0.

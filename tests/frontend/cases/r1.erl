-module(r1).
-export([f/1]).
-record(r, {a, b = 2 :: integer(), c = [] :: [atom()]}).
f(#r{a = 1} = R) when R#r.b > 1, is_record(R, r) -> R#r{c = x};
f(R) -> {#r{a = 5}, #r{_ = z}, R#r.a, #r.b, #r{}}.

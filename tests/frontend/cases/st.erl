-module(st).
-export([f/0]).
f() -> {try error(e) catch error:E:St when is_list(St) -> E end, catch (foo)#r.a, (1)#r{a = 2}}.
-record(r, {a}).

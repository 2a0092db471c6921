%% hot_module_info, version 1: a string -vsn.
-module(hmi).
-vsn("1").
-export([vsn/0, double/1]).

vsn() -> 1.

double(X) -> helper(X).

helper(X) -> 2 * X.

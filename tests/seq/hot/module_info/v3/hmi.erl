%% hot_module_info, version 3: an integer -vsn (wrapped in a list) and
%% another attribute.
-module(hmi).
-vsn(3).
-author(someone).
-export([vsn/0, double/1, triple/1]).

vsn() -> 3.

double(X) -> helper(X, 2).

triple(X) -> helper(X, 3).

helper(X, N) -> N * X.

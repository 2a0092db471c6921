-module(c4).
-include("inc4.hrl").
-export([f/0]).
f() -> ?X.

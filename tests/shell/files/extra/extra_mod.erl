-module(extra_mod).
-export([hi/0]).
hi() -> hi_from_extra.

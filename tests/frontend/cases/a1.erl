-module(a1).
-export([f/0]).
f() -> "abc
  def.

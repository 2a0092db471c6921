-module(a2).
-export([f/0]).
f() -> 'abc
  def.

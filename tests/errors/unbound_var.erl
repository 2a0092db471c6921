-module(unbound_var).
-export([main/1]).
main(_) -> io:format("~p~n", [X]).
f(Y) -> ok.

-module(badarith_main).
-export([main/1]).
main(Args) ->
    X = length(Args),
    io:format("~p~n", [10 div X]).

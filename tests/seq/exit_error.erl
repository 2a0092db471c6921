%% main raises an error: output so far is kept and the exit status is 127.
-module(exit_error).
-export([main/1]).

main(_) ->
    io:format("before the error~n"),
    io:format("~p~n", [lists:seq(1, 5)]),
    X = length([a, b]),
    {ok, _} = {error, X},
    io:format("never printed~n").

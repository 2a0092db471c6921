%% main calls exit/1 with a reason: exit status 127.
-module(exit_exit).
-export([main/1]).

main(_) ->
    io:format("exiting~n"),
    exit({shutdown, reason}).

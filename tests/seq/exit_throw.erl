%% main lets a throw escape: exit status 127.
-module(exit_throw).
-export([main/1]).

main(_) ->
    io:format("about to throw~n"),
    step(3).

step(0) -> throw(done);
step(N) ->
    io:format("step ~p~n", [N]),
    step(N - 1).

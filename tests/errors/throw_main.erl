-module(throw_main).
-export([main/1]).
main(_) ->
    io:format("a~n"),
    helper(3).
helper(N) when N > 2 -> throw({too_big, N});
helper(N) -> N.

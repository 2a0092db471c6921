-module(undef_call).
-export([main/1]).
main(_) ->
    io:format("before~n"),
    nomod:f(),
    ok.

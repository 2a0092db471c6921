%% The smallest program: main/1 receives the argument list and prints.
-module(hello).
-export([main/1]).

main(Args) ->
    io:format("Hello, world!~n"),
    io:format("args: ~p~n", [Args]),
    io:put_chars("put_chars works\n"),
    io:fwrite("fwrite ~w~n", [ok]),
    io:nl(),
    ok.

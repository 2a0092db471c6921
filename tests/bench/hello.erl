-module(hello).
-export([main/1]).

%% The start-up benchmark and the quick-start example.
main(_) ->
    io:format("Hello from beamlet!~n").

%% hot_delete, version 1.
-module(hdel).
-export([vsn/0, loop/0]).

vsn() -> 1.

%% loop(): stays in this version
loop() ->
    receive
        {From, vsn} ->
            From ! {vsn, vsn()},
            loop()
    end.

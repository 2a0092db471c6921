%% hot_delete, version 2.
-module(hdel).
-export([vsn/0, loop/0]).

vsn() -> 2.

%% loop(): stays in this version
loop() ->
    receive
        {From, vsn} ->
            From ! {vsn, vsn()},
            loop()
    end.

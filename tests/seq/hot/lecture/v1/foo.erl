%% foo, version 1.
-module(foo).
-export([vsn/0, loop/0, qloop/0]).

vsn() -> 1.

%% loop(): only non-qualified calls, so it never leaves this version
loop() ->
    receive
        {From, vsn} ->
            From ! {vsn, self(), vsn()},
            loop()
    end.

%% qloop(): the recursive call is fully qualified, so each message after a
%% load is followed by a switch to the current version
qloop() ->
    receive
        {From, vsn} ->
            From ! {vsn, self(), vsn()},
            ?MODULE:qloop()
    end.

%% hot_purge, version 2.
-module(hp).
-export([vsn/0, start/0, loop/0]).

vsn() -> 2.

start() -> spawn(fun loop/0).

%% loop(): local recursion keeps the process in this version; upgrade
%% moves it to the current one
loop() ->
    receive
        {From, vsn} ->
            From ! {vsn, vsn()},
            loop();
        {From, upgrade} ->
            From ! {upgrade, vsn()},
            ?MODULE:loop()
    end.

%% hot_versions, version 2: vsn() says which version runs.
-module(hv).
-export([vsn/0, start/0, loop/0, local_fun/0, export_fun/0, report/1]).

vsn() -> 2.

%% start(): a process looping with local calls in this version
start() -> spawn(fun loop/0).

loop() ->
    receive
        {From, local} ->
            From ! {local, vsn()},
            loop();
        {From, remote} ->
            From ! {remote, ?MODULE:vsn()},
            loop();
        {From, upgrade} ->
            From ! upgrading,
            ?MODULE:loop();
        {From, stop} ->
            From ! {stop, vsn()}
    end.

local_fun() -> fun() -> vsn() end.

export_fun() -> fun ?MODULE:vsn/0.

%% report(To): entry point for spawn/3
report(To) -> To ! {report, vsn()}.

%% version 2 of a supervised worker: it loops with local calls, so it
%% stays in the version it started in until that version is purged
-module(sp).
-export([start_link/0, init/1]).

%% the supervisor's start function: the worker is running before it returns
start_link() ->
    Pid = spawn_link(?MODULE, init, [self()]),
    receive {ready, Pid} -> {ok, Pid} end.

init(Parent) ->
    Parent ! {ready, self()},
    tester ! {started, self()},
    loop().

loop() ->
    receive
        {From, vsn} ->
            From ! {vsn, self(), 2},
            loop()
    end.

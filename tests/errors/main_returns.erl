%% Script mode: the VM exits with status 0 as soon as main/1 returns, as
%% escript does, whatever other processes are still running (an endless
%% loop, a process waiting for ever, a pending timer).
-module(main_returns).
-export([main/1]).

main(_) ->
    spawn(fun Spin() -> Spin() end),
    spawn(fun() -> receive never -> ok end end),
    erlang:send_after(100000, self(), too_late),
    io:format("main returns~n").

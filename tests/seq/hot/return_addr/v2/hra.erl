%% hot_return_addr, version 2.
-module(hra).
-export([vsn/0, loop/0]).

vsn() -> 2.

%% loop(): on body, calls out and waits there with a return address into
%% this version on the stack; on tail, the call out is the last call, so
%% no frame of this module is left
loop() ->
    receive
        {From, body} ->
            Res = hot_return_addr:wait_here(From),
            From ! {done, self(), Res, vsn()},
            loop();
        {From, tail} ->
            hot_return_addr:wait_here(From)
    end.

-module(hcm).
-export([vsn/0, loop/0]).
vsn() -> 2.
loop() -> receive {From, vsn} -> From ! {vsn, vsn()}, loop() end.

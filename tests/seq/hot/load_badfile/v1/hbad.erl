%% hot_load_badfile, the only version.
-module(hbad).
-export([vsn/0]).

vsn() -> 1.

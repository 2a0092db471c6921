%% hot_funs, version 1.
-module(hf).
-export([vsn/0, local_fun/0]).

vsn() -> 1.

%% local_fun(): a fun of this version of hf
local_fun() -> fun() -> vsn() end.

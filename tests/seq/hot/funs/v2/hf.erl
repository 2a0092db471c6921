%% hot_funs, version 2.
-module(hf).
-export([vsn/0, local_fun/0]).

vsn() -> 2.

%% local_fun(): a fun of this version of hf
local_fun() -> fun() -> vsn() end.

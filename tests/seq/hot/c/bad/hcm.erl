-module(hcm).
-export([vsn/0]).
vsn() -> 1 +.

%% module_info/1 with -vsn and other attributes.
-module(module_info_vsn).
-vsn("1.2.3").
-author(someone).
-custom_attr([a, b]).
-export([main/1, other/0]).

main(_) ->
    io:format("~p~n", [module_info(module)]),
    io:format("~p~n", [?MODULE:module_info(module)]),
    io:format("~p~n", [module_info(attributes)]),
    io:format("~p~n", [proplists:get_value(vsn, module_info(attributes))]),
    Exports = lists:sort(module_info(exports)),
    io:format("~p~n", [Exports]),
    io:format("~p~n", [hidden()]),
    ok.

other() -> other.

hidden() -> hidden.

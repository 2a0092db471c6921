%% -include of a header with records and macros.
-module(preproc_include).
-export([main/1]).

-include("include/shapes.hrl").

main(_) ->
    P = #point{x = 3, y = 4},
    io:format("~p~n", [P]),
    io:format("~p~n", [?ORIGIN]),
    C = #circle{label = "unit"},
    io:format("~p~n", [C]),
    io:format("~p~n", [C#circle.center#point.x]),
    io:format("~p~n", [?SQUARE(P#point.x) + ?SQUARE(P#point.y)]),
    io:format("~p~n", [?INCLUDED_FROM]),
    io:format("~p~n", [area(C#circle{radius = 2.0})]),
    io:format("~p~n", [record_info(fields, circle)]),
    ok.

area(#circle{radius = R}) -> 3.0 * ?SQUARE(R).

%% Building text: iolists, io_lib, padding and joining for a report.
-module(string_build).
-export([main/1]).

main(_) ->
    Rows = [{"Widget", 4, 3.5}, {"Gadget", 10, 12.25}, {"Thingamajig", 1, 99.99}],
    Header = io_lib:format("~-12s|~6s|~10s~n", ["Item", "Qty", "Total"]),
    Lines = [io_lib:format("~-12s|~6B|~10.2f~n", [N, Q, Q * P]) || {N, Q, P} <- Rows],
    Sep = [lists:duplicate(12, $-), $+, lists:duplicate(6, $-), $+, lists:duplicate(10, $-), $\n],
    Total = lists:sum([Q * P || {_, Q, P} <- Rows]),
    Report = [Header, Sep, Lines, Sep, io_lib:format("~-12s|~6s|~10.2f~n", ["Sum", "", Total])],
    io:put_chars(Report),
    io:format("~p~n", [iolist_size(Report)]),
    Csv = string:join([string:join([N, integer_to_list(Q), float_to_list(P, [{decimals, 2}])], ",") || {N, Q, P} <- Rows], "\n"),
    io:format("~s~n", [Csv]),
    io:format("~p~n", [lists:flatten(["a", [$b, ["c"]], "d"])]),
    io:format("~s~n", [lists:concat(["x=", 1, ", y=", 2.5, ", z=", z])]),
    ok.

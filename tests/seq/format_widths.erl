%% Field widths, precision and padding for ~s ~w ~p ~c.
-module(format_widths).
-export([main/1]).

main(_) ->
    io:format("~10s|~-10s|~.2s|~10.2s|~n", ["abc", "abc", "abcdef", "abcdef"]),
    io:format("~5w|~-5w|~5w|~n", [ab, ab, abcdefg]),
    io:format("~5p|~n", [ab]),
    io:format("~10.3.*s|~n", [$-, "abcdef"]),
    io:format("~-10..*s|~n", [$., "hi"]),
    io:format("~3s|~n", ["toolong"]),
    io:format("~8w|~-8w|~n", [{a, b}, [1, 2]]),
    io:format("~*s|~n", [6, "ab"]),
    io:format("~-*s|~n", [6, "ab"]),
    io:format("~.*s|~n", [2, "abcd"]),
    io:format("~10.5s|~n", [hello_world]),
    io:format("~s|~10s|~n", [<<"bin">>, <<"bin">>]),
    io:format("~4c|~-4c|~n", [$z, $z]),
    io:format("~20p|~n", [{a, b}]),
    io:format("~-6s~-6s~-6s~n", ["id", "name", "qty"]),
    [io:format("~-6w~-6s~6.2f~n", [I, N, Q]) || {I, N, Q} <- [{1, "nut", 0.5}, {22, "bolt", 12.25}, {333, "gear", 100.0}]],
    io:format("~10w|~n", [1.5]),
    io:format("~2w|~n", [123]),
    io:format("~-3w|~n", [-1]),
    io:format("~6.2w|~n", [12]),
    ok.

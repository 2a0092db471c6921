%% Integer directives ~b ~B ~.NB ~x ~X ~# ~+ with widths and padding.
-module(format_ints).
-export([main/1]).

main(_) ->
    io:format("~B ~.16B ~.2B ~b ~.16b ~B~n", [255, 255, 5, 255, 255, -10]),
    io:format("~.8B ~.36B ~.36b~n", [64, 1295, 1295]),
    io:format("~10B|~-10B|~10..0B|~5.10.0B|~n", [42, 42, 42, 42]),
    io:format("~X ~.16X ~.16x~n", [255, "0x", 255, "0x", 255, "0x"]),
    io:format("~# ~.8# ~.16# ~+ ~.16+~n", [10, 10, 255, 10, 255]),
    io:format("~.16B~n", [-255]),
    io:format("~.16B~n", [1 bsl 80]),
    io:format("~B~n", [-(1 bsl 70)]),
    io:format("~8.16.0B~n", [3054]),
    io:format("[~6B] [~-6B] [~6.2B]~n", [-42, -42, 5]),
    io:format("~3B|~n", [12345]),
    io:format("~.2B~n", [0]),
    io:format("~*B|~n", [7, 99]),
    io:format("~*.*B|~n", [8, 2, 10]),
    io:format("~.10.xB|~n", [7]),
    [io:format("~.16B ", [N]) || N <- [0, 9, 10, 15, 16, 4095, 65535]],
    io:nl(),
    io:format("~s~n", [integer_to_list(-1234, 7)]),
    ok.

%% Float directives ~f ~e ~g with precision and width, and their rounding.
-module(format_floats).
-export([main/1]).

main(_) ->
    io:format("~f~n", [3.14159]),
    io:format("~.2f ~8.2f| ~-8.2f| ~-6.2.0f|~n", [3.14159, 3.14159, 3.14159, 3.14159]),
    io:format("~*.*f|~n", [8, 3, 3.14159]),
    io:format("~f ~f~n", [1.0e-7, 1.0e10]),
    io:format("~.2f ~.2f ~.2f~n", [1.0e20, -0.0, 0.0]),
    io:format("~e ~e ~e ~e ~e~n", [3.14159, 123.456, 0.001, 1.0e100, 0.0]),
    io:format("~.3e ~.2e~n", [31415.9, 9.99]),
    io:format("~g ~g ~g ~g ~g ~g ~g~n", [0.5, 5.0, 50.0, 500.0, 5000.0, 50000.0, 0.05]),
    io:format("~.2f ~.2f ~.1f ~.1f ~.1f~n", [0.125, 0.375, 0.25, 0.05, 0.45]),
    io:format("~.2f ~.2f ~.1f~n", [2.675, 1.005, 0.35]),
    io:format("~.3f~n", [-1.5]),
    io:format("~.1f ~.1f ~.1f~n", [9.95, 99.95, 0.95]),
    io:format("~10.3f|~-10.3f|~n", [-2.5, -2.5]),
    io:format("~.4f~n", [2/3]),
    io:format("~.10f~n", [1/3]),
    io:format("~.15f~n", [0.1]),
    io:format("~f~n", [123456789.123456789]),
    io:format("~e~n", [-1.0e-300]),
    io:format("~.6e~n", [6.02214076e23]),
    io:format("~3.1f|~n", [123.45]),
    io:format("~g~n", [1.0e-10]),
    io:format("~.3g ~.3g~n", [1234.5, 0.0001234]),
    [io:format("~.2f ", [X / 8]) || X <- lists:seq(0, 16)],
    io:nl(),
    ok.

%% ~p line breaking of long lists: filling, non-atomic elements, columns.
-module(pretty_lists).
-export([main/1]).

main(_) ->
    io:format("~p~n", [lists:seq(1, 30)]),
    io:format("Result: ~p~n", [lists:seq(1, 30)]),
    io:format("~p~n", [lists:seq(1, 20) ++ [{a, b}] ++ lists:seq(21, 40)]),
    io:format("~p~n", [[<<1, 2>>, <<"ab">>, [], {}, "str" | lists:seq(1, 25)]]),
    io:format("~40p~n", [lists:seq(1, 30)]),
    io:format("~w~n", [lists:seq(1, 40)]),
    io:format("~p~n", [[{item, I, "name"} || I <- lists:seq(1, 8)]]),
    io:format("~p~n", [[lists:seq(1, 12), lists:seq(100, 115), lists:seq(1000, 1010)]]),
    io:format("~p~n", [lists:duplicate(12, "a string element")]),
    io:format("~p~n", [[atom_number_one, atom_number_two, atom_number_three, atom_number_four]]),
    io:format("ab~p~n", [lists:seq(1, 26) ++ [1]]),
    io:format("~p~n", [lists:seq(1, 25) ++ [100]]),
    io:format("~p~n", [[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14], [15, 16], [17, 18], [19, 20]]]),
    io:format("~p~n", [[1.5, 2.25, 3.125, 4.0625, 5.03125, 6.015625, 7.0078125, 8.00390625, 9.5, 10.25]]),
    io:format("x = ~p, y = ~p~n", [lists:seq(1, 10), lists:seq(1, 30)]),
    io:format("~p~n", [[lists:seq(1, 30)]]),
    io:format("~p~n", [{lists:seq(1, 40)}]),
    io:format("~p~n", [lists:seq(1, 30) ++ improper_tail]),
    io:format("~p~n", [[-1, -22, -333, -4444, -55555, -666666, -7777777, -88888888, -999999999, -1234567890]]),
    ok.

%% io_lib:format returns a (possibly deep) character list.
-module(io_lib_fmt).
-export([main/1]).

main(_) ->
    S1 = io_lib:format("~p", [foo]),
    io:format("~s|~n", [S1]),
    io:format("~p~n", [lists:flatten(io_lib:format("~w and ~w", [a, b]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("x=~B~n", [42]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [{a, [1, 2], "s"}]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~s-~s", ["ab", <<"cd">>]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~5.1f|~e", [2.25, 1.5]))]),
    io:format("~p~n", [iolist_to_binary(io_lib:format("~p", [[1, 2, 3]]))]),
    io:format("~p~n", [length(lists:flatten(io_lib:format("~p", [lists:seq(1, 40)])))]),
    L = lists:flatten(io_lib:format("~p", [lists:seq(1, 40)])),
    io:format("~p~n", [[C || C <- L, C =:= $\n]]),
    io:format("~p~n", [lists:flatten(io_lib:fwrite("~c~c", [$o, $k]))]),
    io:format("~p~n", [lists:flatten(io_lib:write({a, "b", 1.0}))]),
    io:format("~p~n", [lists:flatten(io_lib:print("str"))]),
    io:format("~p~n", [try io_lib:format("~d", [1]) catch error:R -> R end]),
    io:format("~p~n", [try io_lib:format("~p ~p", [1]) catch error:R2 -> R2 end]),
    io:format("~p~n", [try io_lib:format("~s", [123]) catch error:R3 -> R3 end]),
    io:format("~p~n", [try io_lib:format("~B", [1.0]) catch error:R4 -> R4 end]),
    io:format("~p~n", [try io_lib:format("~f", [1]) catch error:R5 -> R5 end]),
    io:format("~p~n", [try io_lib:format("~s", [[1087]]) catch error:R6 -> R6 end]),
    Table = [io_lib:format("~-8s~5B~n", [N, V]) || {N, V} <- [{"alpha", 1}, {"beta", 22}, {"gamma", 333}]],
    io:put_chars(Table),
    io:format("~p~n", [lists:flatten(io_lib:format("~tp", [[1087, 1088]]))]),
    ok.

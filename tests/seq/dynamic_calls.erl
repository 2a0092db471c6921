%% Calls through variables, apply with computed names, funs stored in tuples.
-module(dynamic_calls).
-export([main/1, double/1, square/1, negate/1]).

double(X) -> 2 * X.
square(X) -> X * X.
negate(X) -> -X.

main(_) ->
    Names = [double, square, negate],
    io:format("~p~n", [[apply(?MODULE, F, [7]) || F <- Names]]),
    io:format("~p~n", [[?MODULE:F(3) || F <- Names]]),
    Pipeline = [fun ?MODULE:double/1, fun square/1, fun(X) -> X - 1 end],
    io:format("~p~n", [lists:foldl(fun(F, Acc) -> F(Acc) end, 5, Pipeline)]),
    Mod = lists,
    io:format("~p~n", [Mod:reverse([1, 2, 3])]),
    io:format("~p~n", [apply(Mod, seq, [1, 4])]),
    Fn = list_to_atom("sq" ++ "uare"),
    io:format("~p~n", [apply(dynamic_calls, Fn, [12])]),
    Handlers = {fun(X) -> {got, X} end, fun erlang:atom_to_list/1},
    io:format("~p~n", [(element(1, Handlers))(x)]),
    io:format("~p~n", [(element(2, Handlers))(abc)]),
    io:format("~p~n", [apply(fun(A, B, C) -> A + B * C end, [1, 2, 3])]),
    io:format("~p~n", [erlang:apply(erlang, max, [3, 9])]),
    io:format("~p~n", [(fun lists:sum/1)([1, 2, 3])]),
    io:format("~p~n", [try apply(?MODULE, missing, [1]) catch error:E -> E end]),
    io:format("~p~n", [try (fun double/1)(1, 2) catch error:{badarity, {_, Args}} -> {badarity, Args} end]),
    ok.

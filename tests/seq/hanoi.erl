%% Towers of Hanoi: moves as a list and a count with big numbers.
-module(hanoi).
-export([main/1]).

main(_) ->
    Moves = hanoi(4, a, c, b),
    io:format("~p moves~n~p~n", [length(Moves), Moves]),
    io:format("~p~n", [[count(N) || N <- [1, 10, 20, 64, 100]]]),
    ok.

hanoi(0, _, _, _) -> [];
hanoi(N, From, To, Via) ->
    hanoi(N - 1, From, Via, To) ++ [{N, From, To}] ++ hanoi(N - 1, Via, To, From).

count(0) -> 0;
count(N) -> 2 * count(N - 1) + 1.

%% Word frequencies with maps and sorting, printed as a table.
-module(word_freq).
-export([main/1]).

text() ->
    "It was the best of times, it was the worst of times, it was the age of "
    "wisdom, it was the age of foolishness, it was the epoch of belief, it was "
    "the epoch of incredulity, it was the season of Light, it was the season of "
    "Darkness".

main(_) ->
    Words = [string:lowercase(W) || W <- string:lexemes(text(), " ,")],
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, Words),
    Sorted = lists:sort(fun({W1, N1}, {W2, N2}) -> {N2, W1} =< {N1, W2} end, maps:to_list(Freq)),
    [io:format("~-12s ~3B~n", [W, N]) || {W, N} <- Sorted],
    io:format("~p distinct, ~p total~n", [map_size(Freq), length(Words)]),
    Longest = lists:foldl(fun(W, Best) when length(W) > length(Best) -> W; (_, Best) -> Best end, "", Words),
    io:format("longest: ~s~n", [Longest]),
    ok.

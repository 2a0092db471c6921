%% N-queens by list comprehensions and backtracking.
-module(nqueens).
-export([main/1]).

main(_) ->
    [io:format("~p queens: ~p solutions~n", [N, length(queens(N))]) || N <- lists:seq(1, 8)],
    [First | _] = queens(8),
    io:format("~p~n", [First]),
    [io:format("~s~n", [[if C =:= Q -> $Q; true -> $. end || C <- lists:seq(1, 8)]]) || Q <- First],
    ok.

queens(N) -> place(N, N).

place(0, _) -> [[]];
place(K, N) -> [[Q | Qs] || Qs <- place(K - 1, N), Q <- lists:seq(1, N), safe(Q, Qs, 1)].

safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

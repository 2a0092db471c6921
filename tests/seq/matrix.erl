%% Matrices as lists of lists: transpose, multiply, power, determinant.
-module(matrix).
-export([main/1]).

main(_) ->
    A = [[1, 2], [3, 4]],
    B = [[0, 1], [1, 0]],
    io:format("~p~n", [mul(A, B)]),
    io:format("~p~n", [transpose([[1, 2, 3], [4, 5, 6]])]),
    io:format("~p~n", [pow([[1, 1], [1, 0]], 100)]),
    io:format("~p~n", [det([[2, 0, 1], [1, 3, 2], [1, 1, 1]])]),
    io:format("~p~n", [identity(4)]),
    io:format("~p~n", [mul([[0.5, 0.25]], [[2.0], [4.0]])]),
    [io:format("~s~n", [string:join([io_lib:format("~4B", [X]) || X <- Row], "")]) || Row <- pow([[1, 1], [1, 0]], 10)],
    ok.

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

mul(A, B) ->
    Bt = transpose(B),
    [[lists:sum(lists:zipwith(fun(X, Y) -> X * Y end, Row, Col)) || Col <- Bt] || Row <- A].

identity(N) -> [[if I =:= J -> 1; true -> 0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

pow(M, 0) -> identity(length(M));
pow(M, N) when N rem 2 =:= 0 -> H = pow(M, N div 2), mul(H, H);
pow(M, N) -> mul(M, pow(M, N - 1)).

det([[X]]) -> X;
det([Row | Rest]) ->
    lists:sum([sign(J) * X * det(minor(J, Rest)) || {J, X} <- lists:zip(lists:seq(1, length(Row)), Row)]).

sign(J) when J rem 2 =:= 1 -> 1;
sign(_) -> -1.

minor(J, Rows) -> [drop(J, R) || R <- Rows].

drop(J, R) -> {H, [_ | T]} = lists:split(J - 1, R), H ++ T.

%% Constant arithmetic in patterns, as erl_lint allows it: the pattern is
%% the expression's value.
-module(pat_const).
-export([main/1]).
-define(N, 200000).

kind(?N * 2) -> double;
kind(-(1 bsl 4)) -> minus_sixteen;
kind(1.5 * 2) -> three_float;
kind(7 div 2) -> three_int;
kind({10 rem 3, 2 + 3}) -> pair;
kind(bnot 0) -> minus_one;
kind(_) -> other.

main(_) ->
    [io:format("~p -> ~p~n", [X, kind(X)])
     || X <- [400000, -16, 3.0, 3, {1, 5}, -1, 400001]],
    ?N * 2 = 2 * ?N,
    case 12 of
        3 * 4 -> io:format("twelve~n")
    end.

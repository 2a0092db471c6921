%% Roman numerals both ways.
-module(roman).
-export([main/1]).

main(_) ->
    Ns = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999],
    [io:format("~4B ~s ~p~n", [N, to_roman(N), from_roman(to_roman(N))]) || N <- Ns],
    io:format("~p~n", [lists:all(fun(N) -> from_roman(to_roman(N)) =:= N end, lists:seq(1, 3999))]),
    ok.

to_roman(0) -> [];
to_roman(N) ->
    {V, S} = hd([P || {V0, _} = P <- table(), V0 =< N]),
    S ++ to_roman(N - V).

table() ->
    [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
     {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}].

from_roman(S) -> from_roman(S, 0).

from_roman([], Acc) -> Acc;
from_roman([A, B | T], Acc) ->
    VA = val(A), VB = val(B),
    if VA < VB -> from_roman(T, Acc + VB - VA);
       true -> from_roman([B | T], Acc + VA)
    end;
from_roman([A], Acc) -> Acc + val(A).

val($I) -> 1; val($V) -> 5; val($X) -> 10; val($L) -> 50;
val($C) -> 100; val($D) -> 500; val($M) -> 1000.

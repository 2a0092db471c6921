%% Strings are lists of character codes; chars and escape sequences.
-module(strings_chars).
-export([main/1]).

main(_) ->
    S = "hello",
    show(S),
    io:format("~w~n", [S]),
    show($a),
    show([$h, $i]),
    show($\n),
    show($\s),
    show($\t),
    show($\\),
    show($'),
    show($"),
    show($\x41),
    show($\101),
    show($\^A),
    show($\e),
    show($\d),
    show("tab\there"),
    show("quote\"inside"),
    show("back\\slash"),
    show("line1\nline2"),
    show("\x{48}\x49"),
    show("\b\v\f\r\e"),
    show([7]),
    show([127]),
    show([0, 1, 2]),
    show([160, 255]),
    show([200]),
    show([256]),
    show("abc" ++ "def"),
    show("con" "cat" "enated"),
    show(length("hello world")),
    show(hd("xyz")),
    show([C + 1 || C <- "HAL"]),
    show(lists:reverse("stressed")),
    show("" =:= []),
    show("abc" < "abd"),
    show("Zebra" < "apple"),
    io:format("~s|~s~n", ["plain", [$m, "ix", [$e, $d]]]),
    show(string_upper("shout")),
    show([$a | "bc"]),
    show(["nested", "strings"]),
    show([[]]),
    show(["", ""]),
    show([$a, 1000]),
    ok.

string_upper(S) -> [if C >= $a, C =< $z -> C - 32; true -> C end || C <- S].

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

%% UTF-8 in binaries, code point lists, and printing with ~ts.
-module(utf8_text).
-export([main/1]).

main(_) ->
    B = <<"naïve café ☕"/utf8>>,
    io:format("~p bytes~n", [byte_size(B)]),
    Cps = unicode:characters_to_list(B),
    io:format("~p code points~n", [length(Cps)]),
    io:format("~w~n", [Cps]),
    io:format("~ts~n", [B]),
    io:format("~ts~n", [Cps]),
    io:format("~p~n", [unicode:characters_to_binary(Cps) =:= B]),
    io:format("~p~n", [utf8_len(B, 0)]),
    io:format("~p~n", [<<"é"/utf8>>]),
    io:format("~p~n", [[233]]),
    io:format("~w~n", [<<"€"/utf8>>]),
    io:format("~p~n", [unicode:characters_to_binary("plain")]),
    io:format("~p~n", [unicode:characters_to_list(["ab", <<"cd">>, $e])]),
    io:format("~p~n", [string:length(B)]),
    ok.

utf8_len(<<>>, N) -> N;
utf8_len(<<_/utf8, R/binary>>, N) -> utf8_len(R, N + 1).

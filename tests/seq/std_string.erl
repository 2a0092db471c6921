%% string: the OTP 20+ API on flat and deep lists and UTF-8 binaries, the
%% obsolete API, the number parsers (to_integer/to_float and the NIF-style
%% list_to_integer/list_to_float), to_graphemes, equal/4, and the errors.
-module(std_string).
-export([main/1]).

t(F) ->
    try F() catch C:R -> {C, R} end.

main(_) ->
    %% flat lists and binaries: for deep lists OTP keeps parts of the input's
    %% structure in its results, beamlet returns flat lists (string.erl)
    Inputs = ["Hello, World", <<"Hello, World">>, "",
              <<"h\x{e9}llo w\x{f6}rld"/utf8>>, "a\r\nb", "  \tpad me \n"],
    Calls = [{length, []}, {is_empty, []}, {reverse, []}, {slice, [2]}, {slice, [2, 4]}, {slice, [20, 3]},
             {pad, [15]}, {pad, [15, leading, $.]}, {pad, [15, both, $*]}, {trim, []}, {trim, [trailing]},
             {trim, [both, "H\n"]}, {chomp, []}, {take, ["Hel"]}, {take, [" ,", true]}, {take, ["dl", false, trailing]},
             {lexemes, [" ,"]}, {nth_lexeme, [2, " ,"]}, {split, [", "]}, {split, ["l", all]}, {split, ["l", trailing]},
             {replace, ["l", "L"]}, {replace, ["l", "L", all]}, {replace, ["o", <<"0">>, trailing]},
             {find, ["o"]}, {find, ["o", trailing]}, {find, ["zz"]}, {prefix, ["Hel"]}, {prefix, ["x"]},
             {uppercase, []}, {lowercase, []}, {titlecase, []}, {casefold, []}, {equal, ["Hello, World"]},
             {equal, ["hello, world", true]}, {next_codepoint, []}, {next_grapheme, []}, {to_graphemes, []}],
    [io:format("~p~p ~p: ~p~n", [F, A, I, t(fun() -> apply(string, F, [I | A]) end)]) || {F, A} <- Calls, I <- Inputs],
    Old = [{len, ["abc"]}, {concat, ["ab", "cd"]}, {chr, ["hello", $l]}, {rchr, ["hello", $l]}, {str, ["hello", "ll"]},
           {rstr, ["hellollo", "ll"]}, {span, ["aabc", "ab"]}, {cspan, ["aabc", "c"]}, {substr, ["hello", 2]},
           {substr, ["hello", 2, 2]}, {sub_string, ["hello", 2]}, {sub_string, ["hello", 2, 3]},
           {tokens, ["a,b;;c", ",;"]}, {chars, [$x, 3]}, {chars, [$x, 3, "yz"]}, {copies, ["ab", 3]},
           {words, ["a b  c"]}, {words, ["a-b-c", $-]}, {sub_word, ["a b c", 2]}, {sub_word, ["a-b-c", 3, $-]},
           {strip, ["  a  "]}, {strip, ["  a  ", left]}, {strip, ["xxaxx", both, $x]}, {left, ["ab", 5]},
           {left, ["abcdef", 3]}, {left, ["ab", 5, $.]}, {right, ["ab", 5]}, {right, ["ab", 5, $.]},
           {centre, ["ab", 6]}, {centre, ["ab", 7, $*]}, {to_upper, ["abc\x{e9}"]}, {to_upper, [$a]},
           {to_lower, ["ABC\x{c9}"]}, {join, [["a", "b", "c"], ", "]}, {join, [[], ", "]},
           {substr, ["hello", 7]}, {sub_string, ["hello", 0]}, {chars, [$x, -1]}, {copies, ["a", -1]},
           {chr, [abc, $a]}, {tokens, [abc, ","]}],
    [io:format("~p~p: ~p~n", [F, A, t(fun() -> apply(string, F, A) end)]) || {F, A} <- Old],
    Nums = ["123abc", "abc", "-12", "+5x", "", "-", " 12", "1.5e3x", "1.5", "3.", ".5", "1e5", "1.0e",
            "-1.5E-2z", "2.5e+3", <<"12">>, <<"1.5x">>, a, ["12"], [$1, "2"], "12" ++ [a], [$1 | x], "0x1F"],
    [io:format("~p: ~p ~p ~p ~p~n", [S, t(fun() -> string:to_integer(S) end), t(fun() -> string:to_float(S) end),
                                     t(fun() -> string:list_to_integer(S) end), t(fun() -> string:list_to_float(S) end)])
     || S <- Nums],
    io:format("~p~n", [[t(fun() -> string:equal(A, B, C, N) end) || {A, B} <- [{"abc", <<"abc">>}, {"ABC", "abc"}],
                                                                    C <- [true, false], N <- [none, nfc, nfkd]]]),
    Errors = [{length, [abc]}, {slice, ["abc", -1]}, {slice, ["abc", 1, -1]}, {pad, ["abc", x]}, {trim, ["abc", middle]},
              {lexemes, [abc, " "]}, {equal, ["a", "b", maybe]}, {to_graphemes, [abc]}, {next_codepoint, [abc]},
              {nth_lexeme, ["a b", 0, " "]}],
    [io:format("~p~p: ~p~n", [F, A, t(fun() -> apply(string, F, A) end)]) || {F, A} <- Errors],
    ok.

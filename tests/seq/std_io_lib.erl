%% io_lib beyond format/2: quoting atoms, strings and chars, the char-list
%% predicates, write/2,3 and print/4 with depths, indentation, limit_term,
%% format_prompt, write_binary; io_lib:format still works beside them.
-module(std_io_lib).
-export([main/1]).

t(F) ->
    try F() catch C:R -> {C, R} end.

%% the results of format and write are deep lists on OTP: compare the text
flat(F) ->
    case t(F) of
        L when is_list(L) -> lists:flatten(L);
        {Text, Rest} when is_list(Text) -> {lists:flatten(Text), Rest};
        Other -> Other
    end.

show(Label, F) ->
    io:format("~s: ~p~n", [Label, t(F)]).

main(_) ->
    Atoms = [abc, aB, 'Abc', 'a b', a@b, a_1, '_x', 'a.b', '', 'end', 'cond', 'let', 'catch',
             'after', 'maybe', 'else', '[]', 'x-y', 'a\nb', 'don\'t', '\\', list_to_atom([16#E9, $t, 16#E9]),
             list_to_atom([16#C9]), list_to_atom([$a, 16#D7]), list_to_atom([16#3B1])],
    show("write_atom", fun() -> [io_lib:write_atom(A) || A <- Atoms] end),
    show("write_atom_as_latin1", fun() -> [io_lib:write_atom_as_latin1(A) || A <- Atoms] end),
    show("quote_atom", fun() -> [io_lib:quote_atom(A, atom_to_list(A)) || A <- Atoms] end),
    Strs = ["abc", "say \"hi\"", "it's", "back\\slash", "\n\r\t\v\b\f\e\d", [0, 1, 7, 31, 127, 128, 159],
            [160, 200, 255], [256, 16#3B1, 16#10FFFF], ""],
    show("write_string", fun() -> [io_lib:write_string(S) || S <- Strs] end),
    show("write_string/2", fun() -> [io_lib:write_string(S, $') || S <- Strs] end),
    show("write_latin1_string", fun() -> [io_lib:write_latin1_string(S) || S <- lists:sublist(Strs, 7)] end),
    show("write_string_as_latin1", fun() -> [io_lib:write_string_as_latin1(S) || S <- Strs] end),
    show("write_unicode_string", fun() -> io_lib:write_unicode_string([16#3B1, $a]) end),
    Chars = [$a, $\s, $\n, $\\, $', $", 0, 127, 160, 255, 256, 16#3B1],
    show("write_char", fun() -> [io_lib:write_char(C) || C <- Chars] end),
    show("write_char_as_latin1", fun() -> [io_lib:write_char_as_latin1(C) || C <- Chars] end),
    show("write_latin1_char", fun() -> [io_lib:write_latin1_char(C) || C <- lists:sublist(Chars, 10)] end),
    show("write_unicode_char", fun() -> io_lib:write_unicode_char(16#3B1) end),
    show("write_char bad", fun() -> io_lib:write_char(-1) end),
    show("write_latin1_char bad", fun() -> io_lib:write_latin1_char(256) end),
    Lists = ["abc", "a\nb\tc", [7], [27], [160, 255], [256], [16#3B1], [16#D800], [16#FFFE], [16#10FFFF],
             [16#110000], [-1], [a], [$a | b], ["ab"], [$a, "b"], [[]], [], abc, <<"ab">>],
    Preds = [char_list, latin1_char_list, deep_char_list, deep_latin1_char_list, deep_unicode_char_list,
             printable_list, printable_latin1_list, printable_unicode_list],
    [show(atom_to_list(P), fun() -> [io_lib:P(L) || L <- Lists] end) || P <- Preds],
    show("chars_length", fun() -> [io_lib:chars_length(C) || C <- ["abc", ["ab", [$c]], [16#3B1, 16#3B2], <<"ab">>, ["a", <<"bc">>]]] end),
    show("nl", fun() -> io_lib:nl() end),
    show("indentation", fun() -> [io_lib:indentation(S, I) || S <- ["abc", "a\tb", "ab\ncd", ["ab", ["\t", "x"]], "\t\t", ""],
                                                               I <- [0, 3, 8]] end),
    Terms = [[1, 2, 3, 4, 5], "abcdef", {a, {b, {c, {d}}}}, #{a => 1, b => [1, 2, 3], c => 3}, [a | b], {},
             <<1, 2, 3, 4, 5>>, <<1, 2, 3:4>>, [[1, [2, [3]]]], {[a, b, c], "str", #{}}, 'quoted atom', 1.5],
    [io:format("write ~w: ~p~n", [D, [flat(fun() -> io_lib:write(T, D) end) || T <- Terms]]) || D <- [0, 1, 2, 3, -1]],
    show("write opts", fun() -> [flat(fun() -> io_lib:write(T, O) end) || T <- [[1, 2, 3], {a, "b"}, [16#3B1]],
                                                                        O <- [[], [{depth, 2}], [{encoding, latin1}], [{encoding, unicode}]]] end),
    show("write/3", fun() -> [flat(fun() -> io_lib:write(T, D, P) end) || T <- [[1, 2, 3], {a, "b"}], D <- [2, -1], P <- [true, false]] end),
    Long = [{key, N, lists:duplicate(N, $x)} || N <- lists:seq(1, 6)],
    show("print/4", fun() -> [flat(fun() -> io_lib:print(T, C, L, D) end) || T <- [Long, "abc"], {C, L, D} <- [{1, 80, -1}, {10, 40, -1}, {1, 80, 3}]] end),
    show("print/1", fun() -> flat(fun() -> io_lib:print(Long) end) end),
    show("write/1", fun() -> flat(fun() -> io_lib:write({a, "b", [1]}) end) end),
    [io:format("limit_term ~w: ~p~n", [D, [io_lib:limit_term(T, D) || T <- Terms]]) || D <- [0, 1, 2, 3, 10, -1]],
    show("write_binary", fun() -> [flat(fun() -> io_lib:write_binary(B, D, L) end) || B <- [<<>>, <<1, 2, 3, 200>>, <<1, 2:3>>],
                                                                                    D <- [1, 3, -1], L <- [-1, 0, 6]] end),
    show("format_prompt", fun() -> [flat(fun() -> io_lib:format_prompt(P) end) || P <- ["abc> ", abc, <<"x> ">>, {a, b},
                                                                                    {format, "~w> ", [1]}, {format, "~w> ", []}]] end),
    show("format_prompt/2", fun() -> [flat(fun() -> io_lib:format_prompt(P, unicode) end) || P <- ["abc> ", {a, b}]] end),
    %% the C functions are still there, beside the Erlang module
    show("format", fun() -> flat(fun() -> io_lib:format("~w-~s-~p", [a, "b", {c}]) end) end),
    show("fwrite", fun() -> flat(fun() -> io_lib:fwrite("~3..0b", [7]) end) end),
    show("format/3", fun() -> flat(fun() -> io_lib:format("~w ~s", [a, "b"], []) end) end),
    show("fwrite/3", fun() -> flat(fun() -> io_lib:fwrite("~w", [[1, 2]], []) end) end),
    show("format error", fun() -> io_lib:format("~w ~w", [a]) end),
    show("format/3 error", fun() -> io_lib:format("~w ~w", [a], []) end),
    Formats = [{"a~wb~n", [x]}, {"~10.3.0f|~-8s|~*w|~-*p", [3.14159, "ab", 5, x, 6, y]},
               {"~tp ~lp ~tlp", [[1], "ab", [2]]}, {"~W ~P ~x ~X", [a, 3, b, 4, 255, "0x", 255, "0x"]},
               {"~.*c~e~g~b~B~+~#~i~~", [$x, $y, 1.0, 2.0, 5, 6, 7, 8, 9]}, {"~5..w", [a]}, {'atom~w', [1]},
               {<<"bin~w">>, [1]}, {"~*.*.*s", [10, 2, $=, "abcd"]}, {"~-*w", [-5, x]},
               {"~w", []}, {"~w", [1, 2]}, {"~q", [1]}, {"~-s", [a]}, {"~5.-3f", [1.0]}, {"x~", []}],
    [begin
         Specs = t(fun() -> io_lib:scan_format(F, A) end),
         io:format("scan_format ~p: ~p~n", [F, Specs]),
         case is_list(Specs) of
             true ->
                 io:format("  unscan: ~p~n  build: ~p~n", [io_lib:unscan_format(Specs), flat(fun() -> io_lib:build_text(Specs) end)]);
             false -> ok
         end
     end || {F, A} <- Formats],
    Fmt = fun io_lib:write_atom/1,
    show("fun", fun() -> lists:map(Fmt, [a, 'B']) end),
    show("exported", fun() -> [erlang:function_exported(io_lib, F, A) || {F, A} <- [{write_atom, 1}, {write_string, 2}, {limit_term, 2}]] end).

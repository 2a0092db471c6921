%% io_lib — the parts of OTP 25's io_lib that are not C. format/2, fwrite/2,
%% write/1 and print/1 are C BIFs (vm/bifs.def, vm/bif_io.c): the VM binds
%% them over the bodies below, which only pass a local call on to them (a
%% local call does not go through the export table). Everything else here
%% builds on them or stands alone: the write_* functions that quote atoms,
%% strings and chars, the char-list predicates, format strings as specs
%% (scan_format, unscan_format, build_text), indentation, limit_term.
%% Known differences: the C functions return flat lists where OTP returns
%% deep ones (the same characters); a chars_limit option is ignored (the
%% whole text is written); printable_list/1 uses the latin1 range (OTP's
%% default, io:printable_range/0 without +pc unicode). Not here: fread/2,3
%% and the I/O-server helpers collect_chars, collect_line, get_until.
-module(io_lib).

-export([format/2, fwrite/2, write/1, print/1,
         format/3, fwrite/3, write/2, write/3, print/4, indentation/2, nl/0,
         format_prompt/1, format_prompt/2, write_binary/3,
         scan_format/2, unscan_format/1, build_text/1, build_text/2,
         write_atom/1, write_atom_as_latin1/1, quote_atom/2,
         write_string/1, write_string/2, write_latin1_string/1,
         write_latin1_string/2, write_string_as_latin1/1,
         write_string_as_latin1/2, write_unicode_string/1,
         write_char/1, write_latin1_char/1, write_char_as_latin1/1,
         write_unicode_char/1,
         char_list/1, latin1_char_list/1, deep_char_list/1,
         deep_latin1_char_list/1, deep_unicode_char_list/1,
         printable_list/1, printable_latin1_list/1, printable_unicode_list/1,
         limit_term/2, chars_length/1]).

%% --- the C BIFs, and what is built on them ----------------------------------

format(Format, Args) -> io_lib:format(Format, Args).
fwrite(Format, Args) -> io_lib:format(Format, Args).
write(Term) -> io_lib:write(Term).
print(Term) -> io_lib:print(Term).

%% format/3: the only option, {chars_limit, N}, is not applied (see above).
format(Format, Args, Options) when is_list(Options) ->
    try io_lib:format(Format, Args)
    catch error:_ -> erlang:error(badarg, [Format, Args])
    end.

fwrite(Format, Args, Options) -> format(Format, Args, Options).

%% write(Term, Depth | Options): ~W is write with a depth, in latin1; the
%% encoding option (default utf8, epp's default) selects ~tW.
write(Term, Depth) when is_integer(Depth) ->
    write(Term, [{depth, Depth}, {encoding, latin1}]);
write(Term, Options) when is_list(Options) ->
    Depth = option(depth, Options, -1),
    Limit = option(chars_limit, Options, -1),
    if
        Depth =:= 0; Limit =:= 0 -> "...";
        true ->
            case option(encoding, Options, utf8) of
                latin1 -> io_lib:format("~W", [Term, Depth]);
                _ -> io_lib:format("~tW", [Term, Depth])
            end
    end.

%% write(Term, Depth, Pretty)
write(Term, Depth, true) -> print(Term, 1, 80, Depth);
write(Term, Depth, false) -> write(Term, Depth).

print(Term, Column, LineLength, Depth) ->
    io_lib_pretty:print(Term, [{column, Column}, {line_length, LineLength},
                               {depth, Depth}, {encoding, latin1}]).

option(Key, Options, Default) ->
    case lists:keyfind(Key, 1, Options) of
        {Key, Value} -> Value;
        _ -> Default
    end.

%% indentation(Chars, Column): the column after writing Chars from Column;
%% a tab moves to the next multiple of 8.
indentation([$\n | Cs], _) -> indentation(Cs, 0);
indentation([$\t | Cs], I) -> indentation(Cs, ((I + 8) div 8) * 8);
indentation([C | Cs], I) when is_integer(C) -> indentation(Cs, I + 1);
indentation([C | Cs], I) -> indentation(Cs, indentation(C, I));
indentation([], I) -> I.

nl() -> "\n".

format_prompt(Prompt) -> format_prompt(Prompt, latin1).

format_prompt({format, Format, Args}, _) -> prompt_text(Format, Args);
format_prompt(Prompt, Enc) when is_list(Prompt); is_atom(Prompt); is_binary(Prompt) ->
    prompt_text(directive(Enc, $s), [Prompt]);
format_prompt(Prompt, Enc) -> prompt_text(directive(Enc, $p), [Prompt]).

directive(latin1, C) -> [$~, C];
directive(_, C) -> [$~, $t, C].

prompt_text(Format, Args) ->
    try io_lib:format(Format, Args)
    catch _:_ -> "???"
    end.

%% write_binary(Bin, Depth, CharsLimit): {Text, Rest}, Rest the part of Bin
%% left out when the depth or the character budget ran out (-1: no budget).
write_binary(B, Depth, Limit) ->
    {Acc, Rest} = binary_body(B, Depth, budget(Limit, 4), []),
    {[$<, $< | lists:reverse(Acc, ">>")], Rest}.

binary_body(<<>>, _, _, Acc) -> {Acc, <<>>};
binary_body(B, Depth, Limit, Acc) when Depth =:= 1; Limit =:= 0 ->
    {lists:reverse("...", Acc), B};
binary_body(<<X:8>>, _, _, Acc) -> {lists:reverse(integer_to_list(X), Acc), <<>>};
binary_body(<<X:8, Rest/bitstring>>, Depth, Limit, Acc) ->
    S = integer_to_list(X),
    binary_body(Rest, Depth - 1, budget(Limit, length(S) + 1),
                [$, | lists:reverse(S, Acc)]);
binary_body(B, _, _, Acc) ->
    N = bit_size(B),
    <<X:N>> = B,
    {lists:reverse(integer_to_list(X) ++ [$: | integer_to_list(N)], Acc), <<>>}.

budget(Limit, _) when Limit < 0 -> Limit;
budget(Limit, Cost) when Limit >= Cost -> Limit - Cost;
budget(_, _) -> 0.

%% --- format strings as lists of specs ------------------------------------------

%% scan_format(Format, Args): the format as a list of its literal characters
%% and one map per control sequence (OTP's format_spec(): control_char,
%% args, width, adjust, precision, pad_char, encoding, strings). A * for
%% the width, precision or pad char takes its value from Args.
scan_format(Format, Args) ->
    try scan(chars(Format), Args)
    catch _:_ -> erlang:error(badarg, [Format, Args])
    end.

chars(F) when is_atom(F) -> atom_to_list(F);
chars(F) when is_binary(F) -> binary_to_list(F);
chars(F) when is_list(F) -> F.

scan([$~ | Fmt0], Args0) ->
    {Width, Fmt1, Args1} = field_width(Fmt0, Args0),
    {Precision, Fmt2, Args2} = precision(Fmt1, Args1),
    {Pad, Fmt3, Args3} = pad_char(Fmt2, Args2),
    {Spec0, Fmt4} = modifiers(Fmt3, #{encoding => latin1, strings => true}),
    {C, As, Fmt5, Args4} = control(Fmt4, Args3),
    {W, Adjust} = adjust(Width),
    Spec = Spec0#{control_char => C, args => As, width => W, adjust => Adjust,
                  precision => Precision, pad_char => Pad},
    [Spec | scan(Fmt5, Args4)];
scan([C | Fmt], Args) -> [C | scan(Fmt, Args)];
scan([], []) -> [].

%% a width of "-N" (or a negative * argument) means left-adjusted
field_width([$- | Fmt0], Args0) ->
    {F, Fmt, Args} = field_value(Fmt0, Args0),
    {-F, Fmt, Args};
field_width(Fmt, Args) -> field_value(Fmt, Args).

field_value([$* | Fmt], [A | Args]) when is_integer(A) -> {A, Fmt, Args};
field_value([C | _] = Fmt, Args) when is_integer(C), C >= $0, C =< $9 -> digits(Fmt, Args, 0);
field_value(Fmt, Args) -> {none, Fmt, Args}.

digits([C | Fmt], Args, N) when is_integer(C), C >= $0, C =< $9 -> digits(Fmt, Args, 10 * N + C - $0);
digits(Fmt, Args, N) -> {N, Fmt, Args}.

adjust(none) -> {none, right};
adjust(W) when W < 0 -> {-W, left};
adjust(W) -> {W, right}.

precision([$. | Fmt], Args) -> field_value(Fmt, Args);
precision(Fmt, Args) -> {none, Fmt, Args}.

pad_char([$., $* | Fmt], [Pad | Args]) -> {Pad, Fmt, Args};
pad_char([$., Pad | Fmt], Args) -> {Pad, Fmt, Args};
pad_char(Fmt, Args) -> {$\s, Fmt, Args}.

modifiers([$t | Fmt], Spec) -> modifiers(Fmt, Spec#{encoding => unicode});
modifiers([$l | Fmt], Spec) -> modifiers(Fmt, Spec#{strings => false});
modifiers(Fmt, Spec) -> {Spec, Fmt}.

%% the control character and the arguments it takes
control([C | Fmt], [A, B | Args]) when C =:= $W; C =:= $P; C =:= $x; C =:= $X -> {C, [A, B], Fmt, Args};
control([C | Fmt], [A | Args]) when C =:= $w; C =:= $p; C =:= $s; C =:= $e; C =:= $f; C =:= $g;
                                    C =:= $b; C =:= $B; C =:= $+; C =:= $#; C =:= $c; C =:= $i ->
    {C, [A], Fmt, Args};
control([C | Fmt], Args) when C =:= $~; C =:= $n -> {C, [], Fmt, Args}.

%% unscan_format(Specs): back to {Format, Args}. The * arguments are
%% written into the format as numbers (and are not in Args).
unscan_format(Specs) -> {unscan(Specs, false), spec_args(Specs)}.

spec_args([#{args := As} | Specs]) -> As ++ spec_args(Specs);
spec_args([_ | Specs]) -> spec_args(Specs);
spec_args([]) -> [].

%% Escape: whether a literal ~ is written as ~~ (build_text/1 needs that;
%% unscan_format/1 leaves literals as they are, as OTP's does)
unscan([#{control_char := C, width := W, adjust := Adjust, precision := P, pad_char := Pad,
          encoding := Enc, strings := Strings} | Specs], Escape) ->
    [$~] ++ width_text(W, Adjust) ++ precision_text(P, Pad) ++ pad_text(Pad)
        ++ [$t || Enc =:= unicode] ++ [$l || Strings =:= false] ++ [C | unscan(Specs, Escape)];
unscan([$~ | Cs], true) -> [$~, $~ | unscan(Cs, true)];
unscan([C | Cs], Escape) -> [C | unscan(Cs, Escape)];
unscan([], _) -> [].

width_text(none, _) -> "";
width_text(W, left) -> integer_to_list(-W);
width_text(W, right) -> integer_to_list(W).

%% a pad char other than space is written after the precision's dot
precision_text(none, $\s) -> "";
precision_text(none, _) -> ".";
precision_text(P, _) -> [$. | integer_to_list(P)].

pad_text($\s) -> "";
pad_text(Pad) -> [$., Pad].

%% build_text(Specs): the text format/2 makes of them (a chars_limit
%% option is not applied, as for format/3)
build_text(Specs) ->
    try io_lib:format(unscan(Specs, true), spec_args(Specs))
    catch _:_ -> erlang:error(badarg, [Specs])
    end.

build_text(Specs, Options) when is_list(Options) ->
    try io_lib:format(unscan(Specs, true), spec_args(Specs))
    catch _:_ -> erlang:error(badarg, [Specs, Options])
    end.

%% --- quoting atoms, strings and chars ---------------------------------------

write_atom(A) -> quoted_atom(A, fun write_string/2).

write_atom_as_latin1(A) -> quoted_atom(A, fun write_string_as_latin1/2).

quoted_atom(A, Quote) ->
    Cs = atom_to_list(A),
    case quote_atom(A, Cs) of
        true -> Quote(Cs, $');
        false -> Cs
    end.

%% quote_atom(Atom, Chars): Chars (the atom's name) needs quotes: a reserved
%% word, or not a lower-case letter followed by name characters (Latin-1
%% letters count, except the signs × and ÷).
quote_atom(A, Cs) ->
    case reserved_word(A) of
        true -> true;
        false ->
            case Cs of
                [C | T] when C >= $a, C =< $z -> not name_chars(T);
                [C | T] when C >= 16#DF, C =< 16#FF, C =/= 16#F7 -> not name_chars(T);
                _ -> true
            end
    end.

%% erl_scan's reserved words in OTP 25 (maybe and else belong to the
%% maybe_expr feature, off by default there)
reserved_word(A) ->
    lists:member(A, ['after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor',
                     'bsl', 'bsr', 'bxor', 'case', 'catch', 'cond', 'div',
                     'end', 'fun', 'if', 'let', 'not', 'of', 'or', 'orelse',
                     'receive', 'rem', 'try', 'when', 'xor']).

name_chars([C | Cs]) ->
    case name_char(C) of
        true -> name_chars(Cs);
        false -> false
    end;
name_chars([]) -> true.

name_char(C) when C >= $a, C =< $z -> true;
name_char(C) when C >= 16#DF, C =< 16#FF, C =/= 16#F7 -> true;
name_char(C) when C >= $A, C =< $Z -> true;
name_char(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> true;
name_char(C) when C >= $0, C =< $9 -> true;
name_char($_) -> true;
name_char($@) -> true;
name_char(_) -> false.

write_string(S) -> write_string(S, $").
write_string(S, Q) -> [Q | quote_chars(unicode, S, Q)].

write_unicode_string(S) -> write_string(S).

write_latin1_string(S) -> write_latin1_string(S, $").
write_latin1_string(S, Q) -> [Q | quote_chars(latin1, S, Q)].

write_string_as_latin1(S) -> write_string_as_latin1(S, $").
write_string_as_latin1(S, Q) -> [Q | quote_chars(as_latin1, S, Q)].

quote_chars(_, [], Q) -> [Q];
quote_chars(Mode, [C | Cs], Q) -> quote_char(Mode, C, Q, quote_chars(Mode, Cs, Q)).

%% quote_char(Mode, C, Quote, Tail): C as it is written between quotes.
%% Modes: latin1 (a Latin-1 string), unicode (any char written as itself),
%% as_latin1 (chars above Latin-1 written as \x{...}).
quote_char(_, Q, Q, Tail) -> [$\\, Q | Tail];
quote_char(_, $\\, _, Tail) -> [$\\, $\\ | Tail];
quote_char(_, C, _, Tail) when C >= $\s, C =< $~ -> [C | Tail];
quote_char(latin1, C, _, Tail) when C >= 16#A0, C =< 16#FF -> [C | Tail];
quote_char(unicode, C, _, Tail) when C >= 16#A0 -> [C | Tail];
quote_char(as_latin1, C, _, Tail) when C >= 16#A0, C =< 16#FF -> [C | Tail];
quote_char(as_latin1, C, _, Tail) when C >= 16#FF ->
    "\\x{" ++ integer_to_list(C, 16) ++ "}" ++ Tail;
quote_char(_, $\n, _, Tail) -> [$\\, $n | Tail];
quote_char(_, $\r, _, Tail) -> [$\\, $r | Tail];
quote_char(_, $\t, _, Tail) -> [$\\, $t | Tail];
quote_char(_, $\v, _, Tail) -> [$\\, $v | Tail];
quote_char(_, $\b, _, Tail) -> [$\\, $b | Tail];
quote_char(_, $\f, _, Tail) -> [$\\, $f | Tail];
quote_char(_, $\e, _, Tail) -> [$\\, $e | Tail];
quote_char(_, $\d, _, Tail) -> [$\\, $d | Tail];
quote_char(_, C, _, Tail) when C < 16#A0 ->
    %% other control characters: three octal digits
    [$\\, (C bsr 6) + $0, ((C bsr 3) band 7) + $0, (C band 7) + $0 | Tail].

write_char($\s) -> "$\\s";
write_char(C) when is_integer(C), C >= 0 -> [$$ | quote_char(unicode, C, -1, [])].

write_unicode_char(C) -> write_char(C).

write_latin1_char(C) when is_integer(C), C >= 0, C =< 16#FF ->
    [$$ | quote_char(latin1, C, -1, [])].

write_char_as_latin1(C) when is_integer(C), C >= 0 ->
    [$$ | quote_char(as_latin1, C, -1, [])].

%% --- what a list of characters is -------------------------------------------

-define(IS_UNICODE(C), (is_integer(C) andalso (C >= 0 andalso C < 16#D800 orelse
                                                C > 16#DFFF andalso C < 16#FFFE orelse
                                                C > 16#FFFF andalso C =< 16#10FFFF))).
-define(IS_LATIN1(C), (is_integer(C) andalso C >= 0 andalso C =< 16#FF)).

char_list([C | Cs]) when ?IS_UNICODE(C) -> char_list(Cs);
char_list([]) -> true;
char_list(_) -> false.

latin1_char_list([C | Cs]) when ?IS_LATIN1(C) -> latin1_char_list(Cs);
latin1_char_list([]) -> true;
latin1_char_list(_) -> false.

deep_char_list(Cs) -> deep_chars(Cs, [], unicode).
deep_unicode_char_list(Cs) -> deep_chars(Cs, [], unicode).
deep_latin1_char_list(Cs) -> deep_chars(Cs, [], latin1).

%% deep_chars(List, Pending, Range): Pending holds the tails of the
%% enclosing lists still to check.
deep_chars([C | Cs], More, R) when is_list(C) -> deep_chars(C, [Cs | More], R);
deep_chars([C | Cs], More, unicode) when ?IS_UNICODE(C) -> deep_chars(Cs, More, unicode);
deep_chars([C | Cs], More, latin1) when ?IS_LATIN1(C) -> deep_chars(Cs, More, latin1);
deep_chars([], [Cs | More], R) -> deep_chars(Cs, More, R);
deep_chars([], [], _) -> true;
deep_chars(_, _, _) -> false.

printable_list(L) -> printable_latin1_list(L).

printable_latin1_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ -> printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when is_integer(C), C >= 16#A0, C =< 16#FF -> printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v;
                                     C =:= $\b; C =:= $\f; C =:= $\e ->
    printable_latin1_list(Cs);
printable_latin1_list([]) -> true;
printable_latin1_list(_) -> false.

printable_unicode_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ -> printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when is_integer(C), C >= 16#A0, C < 16#D800;
                                      is_integer(C), C > 16#DFFF, C < 16#FFFE;
                                      is_integer(C), C > 16#FFFF, C =< 16#10FFFF ->
    printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v;
                                      C =:= $\b; C =:= $\f; C =:= $\e ->
    printable_unicode_list(Cs);
printable_unicode_list([]) -> true;
printable_unicode_list(_) -> false.

%% --- limit_term and chars_length --------------------------------------------

%% limit_term(Term, Depth): Term cut as ~P would print it at Depth, the cut
%% parts replaced by '...' ; a printable list is kept whole.
limit_term(Term, Depth) when Depth < 0 -> Term;
limit_term(Term, Depth) -> limit(Term, Depth).

limit(_, 0) -> '...';
limit([H | T] = L, D) ->
    if
        D =:= 1 -> ['...'];
        true ->
            case printable_list(L) of
                true -> L;
                false -> [limit(H, D - 1) | limit_tail(T, D - 1)]
            end
    end;
limit(M, D) when is_map(M) -> limit_map(maps:to_list(M), D + 1, D, []);
limit({}, _) -> {};
limit(T, D) when is_tuple(T) ->
    if
        D =:= 1 -> {'...'};
        true -> list_to_tuple([limit(element(1, T), D - 1) | limit_elements(T, 2, D - 1)])
    end;
limit(Term, _) -> Term.

limit_tail([], _) -> [];
limit_tail(_, 1) -> ['...'];
limit_tail([H | T], D) -> [limit(H, D - 1) | limit_tail(T, D - 1)];
limit_tail(Other, D) -> limit(Other, D - 1).

limit_elements(T, I, _) when I > tuple_size(T) -> [];
limit_elements(_, _, 1) -> ['...'];
limit_elements(T, I, D) -> [limit(element(I, T), D - 1) | limit_elements(T, I + 1, D - 1)].

%% a map keeps its first Depth + 1 associations (as OTP's) (in iteration order), with
%% their values limited to Depth - 1
limit_map(_, 0, _, Acc) -> maps:from_list(Acc);
limit_map([{K, V} | Rest], N, D, Acc) -> limit_map(Rest, N - 1, D, [{K, limit(V, D - 1)} | Acc]);
limit_map([], _, _, Acc) -> maps:from_list(Acc).

chars_length(S) ->
    try iolist_size(S)
    catch _:_ -> string:length(S)
    end.

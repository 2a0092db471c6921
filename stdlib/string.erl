%% string — the common functions of OTP 25's string module, for flat or deep
%% character lists and UTF-8 binaries. A result is a binary when the input
%% was one, as in OTP. Grapheme clusters are single code points, except that
%% "\r\n" counts as one (length, reverse, slice, to_graphemes), so a letter
%% and its combining accents are separate clusters. Case mapping covers
%% Latin-1. No Unicode normalization: equal/4 compares as equal/3.
%% Known differences: for a deep list or mixed chardata, a result that is a
%% part of the input is a flat list here, where OTP keeps pieces of the
%% input's structure (the same characters). OTP's slice/2,3 of a binary
%% holding a lone "\r" can return an improper [Char | Binary]; here it is
%% always a binary.
-module(string).

-export([length/1, is_empty/1, equal/2, equal/3, reverse/1, slice/2,
         slice/3, pad/2, pad/3, pad/4, trim/1, trim/2, trim/3, chomp/1,
         take/2, take/3, take/4, lexemes/2, nth_lexeme/3, split/2, split/3,
         replace/3, replace/4, find/2, find/3, prefix/2, uppercase/1,
         lowercase/1, titlecase/1, casefold/1, to_integer/1, to_float/1,
         next_codepoint/1, next_grapheme/1, to_graphemes/1, equal/4,
         list_to_integer/1, list_to_float/1,
         len/1, concat/2, chr/2, rchr/2, str/2, rstr/2, span/2, cspan/2,
         substr/2, substr/3, sub_string/2, sub_string/3, tokens/2,
         chars/2, chars/3, copies/2, words/1, words/2, sub_word/2,
         sub_word/3, strip/1, strip/2, strip/3, left/2, left/3, right/2,
         right/3, centre/2, centre/3, to_upper/1, to_lower/1, join/2]).

-define(WHITESPACE, [$\s, $\t, $\n, $\v, $\f, $\r, 16#85, 16#200E, 16#200F,
                     16#2028, 16#2029]).

%% --- conversions between the caller's form and a flat code point list -------

chars_of(S) when is_binary(S) -> unicode:characters_to_list(S);
chars_of(S) when is_list(S) ->
    case is_flat(S) of
        true -> S;
        false -> unicode:characters_to_list(S)
    end.

is_flat([C | T]) when is_integer(C) -> is_flat(T);
is_flat([]) -> true;
is_flat(_) -> false.

%% as(Orig, Chars): Chars in the form of Orig (a binary if Orig was one).
as(Orig, Chars) when is_binary(Orig) -> unicode:characters_to_binary(Chars);
as(_, Chars) -> Chars.

%% --- grapheme based functions ----------------------------------------------

length(S) -> glen(chars_of(S), 0).

glen([$\r, $\n | T], N) -> glen(T, N + 1);
glen([_ | T], N) -> glen(T, N + 1);
glen([], N) -> N.

is_empty(S) -> chars_of(S) =:= [].

equal(A, B) -> chars_of(A) =:= chars_of(B).

equal(A, B, false) -> equal(A, B);
equal(A, B, true) -> casefold(chars_of(A)) =:= casefold(chars_of(B)).

%% equal/4: no Unicode normalization is done (see the header), so the
%% forms nfc, nfd, nfkc and nfkd compare as none does.
equal(A, B, IgnoreCase, Norm)
  when Norm =:= none; Norm =:= nfc; Norm =:= nfd; Norm =:= nfkc; Norm =:= nfkd ->
    equal(A, B, IgnoreCase).

reverse(S) -> rev_g(chars_of(S), []).

rev_g([$\r, $\n | T], Acc) -> rev_g(T, [[$\r, $\n] | Acc]);
rev_g([C | T], Acc) -> rev_g(T, [C | Acc]);
rev_g([], Acc) -> Acc.

slice(S, Start) -> slice(S, Start, infinity).

slice(S, Start, Len)
  when is_integer(Start), Start >= 0, (Len =:= infinity orelse (is_integer(Len) andalso Len >= 0)) ->
    as(S, take_g(drop_g(chars_of(S), Start), Len)).

drop_g(L, 0) -> L;
drop_g([$\r, $\n | T], N) -> drop_g(T, N - 1);
drop_g([_ | T], N) -> drop_g(T, N - 1);
drop_g([], _) -> [].

take_g(L, infinity) -> L;
take_g(_, 0) -> [];
take_g([$\r, $\n | T], N) -> [$\r, $\n | take_g(T, N - 1)];
take_g([C | T], N) -> [C | take_g(T, N - 1)];
take_g([], _) -> [].

pad(S, N) -> pad(S, N, trailing, $\s).

pad(S, N, Dir) -> pad(S, N, Dir, $\s).

pad(S, N, Dir, Char) when is_integer(N), N >= 0 ->
    P = erlang:max(0, N - string:length(S)),
    case Dir of
        trailing -> [S | lists:duplicate(P, Char)];
        leading -> [lists:duplicate(P, Char), S];
        both ->
            L = P div 2,
            Side = lists:duplicate(L, Char),
            [Side, S, Side | lists:duplicate(P - 2 * L, Char)]
    end.

trim(S) -> trim(S, both).

trim(S, Dir) -> trim(S, Dir, ?WHITESPACE).

trim(S, Dir, Seps) when Dir =:= leading; Dir =:= trailing; Dir =:= both ->
    Cs = chars_of(S),
    L = case Dir of
            trailing -> Cs;
            _ -> drop_set(Cs, Seps)
        end,
    R = case Dir of
            leading -> L;
            _ -> lists:reverse(drop_set(lists:reverse(L), Seps))
        end,
    as(S, R).

drop_set([C | T] = L, Seps) ->
    case lists:member(C, Seps) of
        true -> drop_set(T, Seps);
        false -> L
    end;
drop_set([], _) -> [].

chomp(S) -> as(S, lists:reverse(chomp_rev(lists:reverse(chars_of(S))))).

chomp_rev([$\n, $\r | T]) -> chomp_rev(T);
chomp_rev([$\n | T]) -> chomp_rev(T);
chomp_rev(T) -> T.

take(S, Seps) -> take(S, Seps, false, leading).

take(S, Seps, Complement) -> take(S, Seps, Complement, leading).

take(S, Seps, Complement, leading) ->
    {A, B} = lists:splitwith(fun(C) -> lists:member(C, Seps) =/= Complement end,
                             chars_of(S)),
    {as(S, A), as(S, B)};
take(S, Seps, Complement, trailing) ->
    {B, A} = lists:splitwith(fun(C) -> lists:member(C, Seps) =/= Complement end,
                             lists:reverse(chars_of(S))),
    {as(S, lists:reverse(A)), as(S, lists:reverse(B))}.

lexemes(S, Seps) -> [as(S, W) || W <- lexemes_1(chars_of(S), Seps, [], [])].

lexemes_1([C | T], Seps, Cur, Acc) ->
    case lists:member(C, Seps) of
        true when Cur =:= [] -> lexemes_1(T, Seps, [], Acc);
        true -> lexemes_1(T, Seps, [], [lists:reverse(Cur) | Acc]);
        false -> lexemes_1(T, Seps, [C | Cur], Acc)
    end;
lexemes_1([], _, [], Acc) -> lists:reverse(Acc);
lexemes_1([], _, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]).

nth_lexeme(S, N, Seps) when is_integer(N), N > 0 ->
    Ws = lexemes(S, Seps),
    case erlang:length(Ws) >= N of
        true -> lists:nth(N, Ws);
        false -> as(S, [])
    end.

split(S, Pat) -> split(S, Pat, leading).

split(S, Pat, Where) ->
    P = chars_of(Pat),
    Cs = chars_of(S),
    Parts = case P of
                [] -> [Cs];
                _ ->
                    case Where of
                        leading -> split_first(Cs, P, []);
                        all -> split_all(Cs, P, [], []);
                        trailing -> split_last(Cs, P)
                    end
            end,
    [as(S, X) || X <- Parts].

split_first([], _, Acc) -> [lists:reverse(Acc)];
split_first(L, P, Acc) ->
    case lists:prefix(P, L) of
        true -> [lists:reverse(Acc), lists:nthtail(erlang:length(P), L)];
        false -> split_first(tl(L), P, [hd(L) | Acc])
    end.

split_all([], _, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]);
split_all(L, P, Cur, Acc) ->
    case lists:prefix(P, L) of
        true -> split_all(lists:nthtail(erlang:length(P), L), P, [], [lists:reverse(Cur) | Acc]);
        false -> split_all(tl(L), P, [hd(L) | Cur], Acc)
    end.

split_last(L, P) ->
    case last_match(L, P, 0, none) of
        none -> [L];
        I -> [lists:sublist(L, I), lists:nthtail(I + erlang:length(P), L)]
    end.

%% last_match(L, P, I, Best): the 0-based index of the last match of P in L.
last_match([], _, _, Best) -> Best;
last_match([_ | T] = L, P, I, Best) ->
    case lists:prefix(P, L) of
        true -> last_match(T, P, I + 1, I);
        false -> last_match(T, P, I + 1, Best)
    end.

replace(S, Pat, Rep) -> replace(S, Pat, Rep, leading).

replace(S, Pat, Rep, Where) -> lists:join(Rep, split(S, Pat, Where)).

find(S, Pat) -> find(S, Pat, leading).

find(S, Pat, Dir) ->
    P = chars_of(Pat),
    Cs = chars_of(S),
    case P of
        [] -> S;
        _ ->
            R = case Dir of
                    leading -> find_first(Cs, P);
                    trailing ->
                        case last_match(Cs, P, 0, none) of
                            none -> nomatch;
                            I -> lists:nthtail(I, Cs)
                        end
                end,
            case R of
                nomatch -> nomatch;
                _ -> as(S, R)
            end
    end.

find_first([], _) -> nomatch;
find_first(L, P) ->
    case lists:prefix(P, L) of
        true -> L;
        false -> find_first(tl(L), P)
    end.

prefix(S, Pre) ->
    P = chars_of(Pre),
    Cs = chars_of(S),
    case lists:prefix(P, Cs) of
        true -> as(S, lists:nthtail(erlang:length(P), Cs));
        false -> nomatch
    end.

next_codepoint(S) ->
    case chars_of(S) of
        [C | T] -> [C | as(S, T)];
        [] -> []
    end.

next_grapheme(S) ->
    case chars_of(S) of
        [$\r, $\n | T] -> [[$\r, $\n] | as(S, T)];
        [C | T] -> [C | as(S, T)];
        [] -> []
    end.

to_graphemes(S) when is_list(S); is_binary(S) ->
    case chars_of(S) of
        Cs when is_list(Cs) -> graphemes(Cs);
        {_, _, Bad} -> erlang:error({badarg, Bad})
    end.

graphemes([$\r, $\n | T]) -> [[$\r, $\n] | graphemes(T)];
graphemes([C | T]) -> [C | graphemes(T)];
graphemes([]) -> [].

%% --- case ----------------------------------------------------------------------

uppercase(S) -> as(S, [upper(C) || C <- chars_of(S)]).

lowercase(S) -> as(S, [lower(C) || C <- chars_of(S)]).

casefold(S) -> lowercase(S).

titlecase(S) ->
    case chars_of(S) of
        [C | T] -> as(S, [upper(C) | T]);
        [] -> S
    end.

upper(C) when C >= $a, C =< $z -> C - 32;
upper(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> C - 32;
upper(C) -> C.

lower(C) when C >= $A, C =< $Z -> C + 32;
lower(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> C + 32;
lower(C) -> C.

to_upper(C) when is_integer(C) -> upper(C);
to_upper(S) when is_list(S) -> [upper(C) || C <- S].

to_lower(C) when is_integer(C) -> lower(C);
to_lower(S) when is_list(S) -> [lower(C) || C <- S].

%% --- numbers -------------------------------------------------------------------

%% to_integer/1, to_float/1 answer {error, badarg} for what is not chardata.
to_integer(S) ->
    try number_of(integer, S)
    catch error:_ -> {error, badarg}
    end.

to_float(S) ->
    try number_of(float, S)
    catch error:_ -> {error, badarg}
    end.

number_of(integer, S) ->
    Cs = chars_of(S),
    {Sign, Rest} = sign(Cs),
    case digits(Rest, []) of
        {[], _} -> {error, no_integer};
        {Ds, Tail} -> {erlang:list_to_integer(Sign ++ Ds), as(S, Tail)}
    end;
number_of(float, S) ->
    Cs = chars_of(S),
    {Sign, Rest} = sign(Cs),
    case digits(Rest, []) of
        {[_ | _] = Int, [$. | AfterDot]} ->
            case digits(AfterDot, []) of
                {[], _} -> {error, no_float};
                {Frac, Tail} ->
                    {Exp, Tail1} = exponent(Tail),
                    {erlang:list_to_float(Sign ++ Int ++ "." ++ Frac ++ Exp), as(S, Tail1)}
            end;
        _ -> {error, no_float}
    end.

%% list_to_integer/1, list_to_float/1: the number at the start of a list
%% of characters and the rest of the list, whatever it holds (OTP's NIFs
%% look only at the list's own elements).
list_to_integer(L) when is_list(L) ->
    {Sign, Rest} = sign(L),
    case digits(Rest, []) of
        {[], _} -> {error, no_integer};
        {Ds, Tail} -> {erlang:list_to_integer(Sign ++ Ds), Tail}
    end;
list_to_integer(_) -> {error, not_a_list}.

list_to_float(L) when is_list(L) ->
    {Sign, Rest} = sign(L),
    case digits(Rest, []) of
        {[_ | _] = Int, [$. | AfterDot]} ->
            case digits(AfterDot, []) of
                {[], _} -> {error, no_float};
                {Frac, Tail} ->
                    {Exp, Tail1} = exponent(Tail),
                    {erlang:list_to_float(Sign ++ Int ++ "." ++ Frac ++ Exp), Tail1}
            end;
        _ -> {error, no_float}
    end;
list_to_float(_) -> {error, not_a_list}.

sign([$- | T]) -> {"-", T};
sign([$+ | T]) -> {"+", T};
sign(T) -> {"", T}.

digits([C | T], Acc) when C >= $0, C =< $9 -> digits(T, [C | Acc]);
digits(T, Acc) -> {lists:reverse(Acc), T}.

exponent([E | T] = L) when E =:= $e; E =:= $E ->
    {Sign, Rest} = sign(T),
    case digits(Rest, []) of
        {[], _} -> {"", L};
        {Ds, Tail} -> {"e" ++ Sign ++ Ds, Tail}
    end;
exponent(L) -> {"", L}.

%% --- the obsolete (Latin-1 list) API -------------------------------------------

len(S) -> erlang:length(S).

concat(A, B) -> A ++ B.

chr(S, C) -> chr(S, C, 1).

chr([C | _], C, I) -> I;
chr([_ | T], C, I) -> chr(T, C, I + 1);
chr([], _, _) -> 0.

rchr(S, C) -> rchr(S, C, 1, 0).

rchr([C | T], C, I, _) -> rchr(T, C, I + 1, I);
rchr([_ | T], C, I, L) -> rchr(T, C, I + 1, L);
rchr([], _, _, L) -> L.

str(S, Sub) -> str(S, Sub, 1).

str([_ | T] = S, Sub, I) ->
    case lists:prefix(Sub, S) of
        true -> I;
        false -> str(T, Sub, I + 1)
    end;
str([], _, _) -> 0.

rstr(S, Sub) -> rstr(S, Sub, 1, 0).

rstr([_ | T] = S, Sub, I, L) ->
    case lists:prefix(Sub, S) of
        true -> rstr(T, Sub, I + 1, I);
        false -> rstr(T, Sub, I + 1, L)
    end;
rstr([], _, _, L) -> L.

span(S, Cs) -> span(S, Cs, 0).

span([C | T], Cs, N) ->
    case lists:member(C, Cs) of
        true -> span(T, Cs, N + 1);
        false -> N
    end;
span([], _, N) -> N.

cspan(S, Cs) -> cspan(S, Cs, 0).

cspan([C | T], Cs, N) ->
    case lists:member(C, Cs) of
        true -> N;
        false -> cspan(T, Cs, N + 1)
    end;
cspan([], _, N) -> N.

substr(S, Start) when is_integer(Start), Start >= 1 -> lists:nthtail(Start - 1, S).

substr(S, Start, Len) when is_integer(Start), Start >= 1, is_integer(Len), Len >= 0 ->
    lists:sublist(lists:nthtail(Start - 1, S), Len).

sub_string(S, Start) -> substr(S, Start).

sub_string(S, Start, Stop) -> substr(S, Start, Stop - Start + 1).

tokens(S, Seps) -> lexemes_1(S, Seps, [], []).

chars(C, N) -> chars(C, N, []).

chars(C, N, Tail) when is_integer(N), N >= 0 -> lists:duplicate(N, C) ++ Tail.

copies(S, N) when is_integer(N), N >= 0 -> lists:append(lists:duplicate(N, S)).

words(S) -> words(S, $\s).

words(S, C) -> erlang:max(1, erlang:length(lexemes_1(S, [C], [], []))).

sub_word(S, N) -> sub_word(S, N, $\s).

sub_word(S, N, C) when is_integer(N), N >= 1 ->
    case lexemes_1(S, [C], [], []) of
        Ws when erlang:length(Ws) >= N -> lists:nth(N, Ws);
        _ -> []
    end.

strip(S) -> strip(S, both).

strip(S, Dir) -> strip(S, Dir, $\s).

strip(S, left, C) -> strip_left(S, C);
strip(S, right, C) -> lists:reverse(strip_left(lists:reverse(S), C));
strip(S, both, C) -> strip(strip_left(S, C), right, C).

strip_left([C | T], C) -> strip_left(T, C);
strip_left(S, _) -> S.

left(S, N) -> left(S, N, $\s).

left(S, N, C) when is_integer(N), N >= 0 ->
    L = erlang:length(S),
    if L >= N -> lists:sublist(S, N);
       true -> S ++ lists:duplicate(N - L, C)
    end.

right(S, N) -> right(S, N, $\s).

right(S, N, C) when is_integer(N), N >= 0 ->
    L = erlang:length(S),
    if L >= N -> lists:nthtail(L - N, S);
       true -> lists:duplicate(N - L, C) ++ S
    end.

centre(S, N) -> centre(S, N, $\s).

centre(S, 0, _) when is_list(S) -> [];
centre(S, N, C) when is_integer(N), N > 0 ->
    L = erlang:length(S),
    if L > N -> lists:sublist(lists:nthtail((L - N) div 2, S), N);
       L =:= N -> S;
       true ->
           Left = (N - L) div 2,
           lists:duplicate(Left, C) ++ S ++ lists:duplicate(N - L - Left, C)
    end.

join([H | T], Sep) -> H ++ lists:append([Sep ++ X || X <- T]);
join([], _) -> [].

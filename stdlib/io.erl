%% io — reading standard input: get_line/1,2 and read/1,2, written over
%% beamlet:tty_read/1 (vm/tty.c serves stdin to one request at a time).
%% format, fwrite, put_chars, nl, write, columns and rows are C BIFs
%% (vm/bifs.def) bound to this module beside these functions.
-module(io).

-export([get_line/1, get_line/2, read/1, read/2]).

%% A line with its "\n" (none on a last line without one), or eof.
get_line(Prompt) -> get_line(standard_io, Prompt).

get_line(Dev, Prompt) when Dev =:= standard_io; Dev =:= user ->
    Ref = beamlet:tty_read(prompt(Prompt)),
    receive
        {tty_input, Ref, Line} -> Line
    end;
get_line(_Dev, _Prompt) ->
    {error, enodev}.

%% The prompt's text as OTP's io_lib:format_prompt/2 makes it: "~s" (or
%% "~ts" on a terminal, which is unicode) of an atom or chardata, "~p" of
%% anything else, {format, F, A} formatted, "???" when that fails.
prompt({format, F, A}) -> format_prompt(F, A);
prompt(P) when is_list(P); is_atom(P); is_binary(P) ->
    case beamlet:tty_interactive() of
        true -> format_prompt("~ts", [P]);
        false -> format_prompt("~s", [P])
    end;
prompt(P) -> format_prompt("~p", [P]).

format_prompt(F, A) ->
    try io_lib:format(F, A)
    catch _:_ -> "???"
    end.

%% {ok, Term} for the text up to the next dot token, {error, ...} or eof.
%% The text after the dot token is put back for the next read, as OTP does.
read(Prompt) -> read(standard_io, Prompt).

read(Dev, Prompt) when Dev =:= standard_io; Dev =:= user ->
    read_more(Prompt, "");
read(_Dev, _Prompt) ->
    {error, enodev}.

read_more(Prompt, Sofar) ->
    case get_line(standard_io, Prompt) of
        eof when Sofar =:= "" -> eof;
        eof -> parse(Sofar, true, Prompt);
        Line -> parse(Sofar ++ Line, false, Prompt)
    end.

parse(Text, AtEof, Prompt) ->
    case beamlet:parse_command(Text, [], AtEof) of
        more -> read_more("", Text);            % one prompt for the whole term
        eof -> eof;
        {ok, [Expr], Rest} -> unread(Rest), term(Expr);
        {ok, _, Rest} -> unread(Rest), {error, {1, erl_parse, "bad term"}};
        {lint_error, [Expr], _, Rest} -> unread(Rest), term(Expr);
        {syntax_error, {L, _C}, Msg, Rest} -> unread(Rest), {error, {L, erl_parse, Msg}}
    end.

unread("") -> ok;
unread(Rest) -> beamlet:tty_unread(Rest).

term(Expr) ->
    try {ok, value(Expr)}
    catch throw:bad -> {error, {element(1, anno(Expr)), erl_parse, "bad term"}}
    end.

anno(E) ->
    case element(2, E) of
        {L, C} when is_integer(L), is_integer(C) -> {L, C};
        L when is_integer(L) -> {L, 1};
        _ -> {1, 1}
    end.

value({integer, _, V}) -> V;
value({float, _, V}) -> V;
value({char, _, V}) -> V;
value({atom, _, V}) -> V;
value({string, _, V}) -> V;
value({nil, _}) -> [];
value({cons, _, H, T}) -> [value(H) | value(T)];
value({tuple, _, Es}) -> list_to_tuple([value(E) || E <- Es]);
value({map, _, Fs}) -> maps:from_list([{value(K), value(V)} || {map_field_assoc, _, K, V} <- Fs]);
value({op, _, '-', {integer, _, V}}) -> -V;
value({op, _, '-', {float, _, V}}) -> -V;
value({op, _, '+', {integer, _, V}}) -> V;
value({op, _, '+', {float, _, V}}) -> V;
value({bin, _, Es}) -> list_to_binary([value(V) || {bin_element, _, V, default, default} <- Es]);
value(_) -> throw(bad).

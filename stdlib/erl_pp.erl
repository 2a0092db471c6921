%% erl_pp.erl — abstract expressions back to source text, laid out as
%% OTP's erl_pp lays them out (the shell's b() prints funs with it, h()
%% prints commands).  Only expressions: expr/1..4 and exprs/1..3.
%%
%% Two passes.  doc/3 turns an expression into a layout document; fmt/3
%% places a document at a column and decides where lines break.  The
%% document nodes:
%%   {leaf, Len, Chars}        text of known width
%%   $c, [D...]                a character; documents one after the other
%%   Word (an atom)            a keyword: 'case', ' ->', '[]', ...
%%   {atom, A} {char, C} {string, S} {value, Term}    written when placed
%%   {seq, Before, After, Sep, Ds}  Ds separated by Sep, on one line if they
%%                             fit, else one per line (atomic ones packed)
%%   {nl, Sep, Ds}             Ds separated by Sep, always one per line
%%   {step, D1, D2}            (inside a seq) D2 goes under D1, indented
%%   {cstep, D1, D2}           the same, unless D1 is narrower than the indent
%%   {kw, D}                   (inside a seq) D is a keyword line
-module(erl_pp).
-export([expr/1, expr/2, expr/3, expr/4, exprs/1, exprs/2, exprs/3]).

-record(opt, {indent = 4, width = 72, unicode = true}).

expr(E) -> expr(E, 0, 0, none).
expr(E, Options) -> expr(E, 0, 0, Options).
expr(E, I, Options) -> expr(E, I, 0, Options).
expr(E, I, P, Options) ->
    O = options(Options),
    render(doc(E, P, O), I, O).

exprs(Es) -> exprs(Es, 0, none).
exprs(Es, Options) -> exprs(Es, 0, Options).
exprs(Es, I, Options) ->
    O = options(Options),
    render({seq, [], [], [$,], [doc(E, 0, O) || E <- Es]}, I, O).

options(Options) when is_list(Options) ->
    #opt{indent = proplists:get_value(indent, Options, 4),
         width = proplists:get_value(linewidth, Options, 72),
         unicode = proplists:get_value(encoding, Options, unicode) =/= latin1};
options(_) ->
    %% no option list (expr/1, exprs/1): OTP writes as latin1
    #opt{unicode = false}.

render(D, I, O) ->
    {Chars, _} = fmt(D, I, O),
    lists:flatten(Chars).

%% ---- documents --------------------------------------------------------------

leaf(S) -> {leaf, length(S), S}.

%% Operator precedences (erl_parse): {Left, Prec, Right} and {Prec, Right}.
inop('=') -> {150, 100, 100};
inop('!') -> {150, 100, 100};
inop('orelse') -> {160, 150, 150};
inop('andalso') -> {200, 160, 160};
inop(Op) when Op =:= '=='; Op =:= '/='; Op =:= '=<'; Op =:= '<'; Op =:= '>=';
              Op =:= '>'; Op =:= '=:='; Op =:= '=/=' -> {300, 200, 300};
inop(Op) when Op =:= '++'; Op =:= '--' -> {400, 300, 300};
inop(Op) when Op =:= '+'; Op =:= '-'; Op =:= 'bor'; Op =:= 'bxor'; Op =:= 'bsl';
              Op =:= 'bsr'; Op =:= 'or'; Op =:= 'xor' -> {400, 400, 500};
inop(Op) when Op =:= '*'; Op =:= '/'; Op =:= 'div'; Op =:= 'rem'; Op =:= 'band';
              Op =:= 'and' -> {500, 500, 600};
inop('#') -> {800, 700, 800};
inop(':') -> {900, 800, 900}.

preop('catch') -> {700, 100};
preop('#') -> {700, 800};
preop(_) -> {600, 700}.

paren(P, Prec, D) when P < Prec -> [$(, D, $)];
paren(_, _, D) -> D.

doc({var, _, V}, _, _) -> leaf(atom_to_list(V));
doc({char, _, C}, _, _) -> {char, C};
doc({integer, _, N}, _, _) -> leaf(integer_to_list(N));
doc({float, _, F}, _, _) -> leaf(lists:flatten(io_lib:write(F)));
doc({atom, _, A}, _, _) -> {atom, A};
doc({string, _, S}, _, _) -> {string, S};
doc({nil, _}, _, _) -> '[]';
doc({cons, _, H, T}, _, O) -> list_doc(T, [H], O);
doc({lc, _, E, Qs}, _, O) ->
    comprehension($[, $], doc(E, 0, O), Qs, O);
doc({bc, _, E, Qs}, _, O) ->
    comprehension('<<', '>>', doc(E, 900, O), Qs, O);
doc({tuple, _, Es}, _, O) -> tuple([doc(E, 0, O) || E <- Es]);
doc({map, _, Fs}, Prec, O) ->
    paren(700, Prec, {seq, $#, [], [[]], [tuple([map_field(F, O) || F <- Fs])]});
doc({map, _, M, Fs}, Prec, O) ->
    Before = [doc(M, 800, O) | space_before_hash(M, [$#])],
    paren(700, Prec, {seq, Before, [], [[]], [tuple([map_field(F, O) || F <- Fs])]});
doc({record_index, _, Name, F}, Prec, O) ->
    paren(700, Prec, [record_name(Name), $., doc(F, 800, O)]);
doc({record, _, Name, Fs}, Prec, O) ->
    paren(700, Prec, {seq, record_name(Name), [], [[]], [record_fields(Fs, O)]});
doc({record_field, _, Rec, Name, F}, Prec, O) ->
    Access = [space_before_hash(Rec, [$#]), {atom, Name}, $.],
    paren(700, Prec, [doc(Rec, 800, O), Access, doc(F, 800, O)]);
doc({record, _, Rec, Name, Fs}, Prec, O) ->
    Before = [doc(Rec, 800, O), space_before_hash(Rec, []), record_name(Name)],
    paren(700, Prec, {seq, Before, [], [[]], [record_fields(Fs, O)]});
doc({block, _, Es}, _, O) ->
    block([{step, 'begin', body(Es, O)}], O);
doc({'if', _, Cs}, _, O) ->
    block([{step, 'if', clauses([if_clause(C, O) || C <- Cs])}], O);
doc({'case', _, E, Cs}, _, O) ->
    Head = block1([{step, 'case', doc(E, 0, O)}, {kw, 'of'}]),
    block([{step, Head, clauses([cr_clause(C, O) || C <- Cs])}], O);
doc({'receive', _, Cs}, _, O) ->
    block([{step, 'receive', clauses([cr_clause(C, O) || C <- Cs])}], O);
doc({'receive', _, Cs, T, After}, _, O) ->
    AfterDoc = block1([{step, [doc(T, 0, O), ' ->'], body(After, O)}]),
    block([{step, 'receive', clauses([cr_clause(C, O) || C <- Cs])},
           {step, 'after', AfterDoc}], O);
doc({'fun', _, {function, F, A}}, _, _) ->
    [leaf("fun "), {atom, F}, leaf("/" ++ integer_to_list(A))];
doc({'fun', _, {function, M, F, A}}, _, O) ->
    ["fun ", doc(M, 0, O), $:, doc(F, 0, O), $/, doc(A, 0, O)];
doc({'fun', _, {clauses, Cs}}, _, O) ->
    block([{seq, 'fun', [], [[]], [{nl, [$;], [fun_clause(C, none, O) || C <- Cs]}]}], O);
doc({named_fun, _, Name, Cs}, _, O) ->
    block([{seq, ['fun', " "], [], [[]], [{nl, [$;], [fun_clause(C, Name, O) || C <- Cs]}]}], O);
doc({call, _, {remote, _, {atom, _, erlang}, {atom, _, F} = N} = Name, Args}, Prec, O) ->
    %% auto-imported BIFs print without erlang: (float/1 keeps it)
    case F =/= float andalso auto_imported(F, length(Args)) of
        true -> call(N, Args, Prec, O);
        false -> call(Name, Args, Prec, O)
    end;
doc({call, _, Name, Args}, Prec, O) ->
    call(Name, Args, Prec, O);
doc({'try', _, Es, Of, Catches, After}, _, O) ->
    Try = case Of of
              [] -> {step, 'try', body(Es, O)};
              _ -> {step, block1([{step, 'try', body(Es, O)}, {kw, 'of'}]),
                    clauses([cr_clause(C, O) || C <- Of])}
          end,
    CatchPart = case Catches of
                    [] -> [];
                    _ -> [{step, 'catch', clauses([catch_clause(C, O) || C <- Catches])}]
                end,
    AfterPart = case After of
                    [] -> [];
                    _ -> [{step, 'after', body(After, O)}]
                end,
    block([Try] ++ CatchPart ++ AfterPart, O);
doc({'catch', _, E}, Prec, O) ->
    paren(700, Prec, block1([{step, 'catch', doc(E, 100, O)}]));
doc({match, _, L, R}, Prec, O) ->
    {Lp, P, Rp} = inop('='),
    paren(P, Prec, block1([{cstep, [doc(L, Lp, O), ' ='], doc(R, Rp, O)}]));
doc({op, _, Op, A}, Prec, O) when Op =:= '+'; Op =:= '-' ->
    {P, R} = preop(Op),
    paren(P, Prec, [{kw, leaf(atom_to_list(Op))}, doc(A, R, O)]);
doc({op, _, Op, A}, Prec, O) ->
    {P, R} = preop(Op),
    paren(P, Prec, [{kw, leaf(atom_to_list(Op) ++ " ")}, doc(A, R, O)]);
doc({op, _, Op, L, R}, Prec, O) when Op =:= 'andalso'; Op =:= 'orelse' ->
    %% always one operand per line
    {Lp, P, Rp} = inop(Op),
    paren(P, Prec, {nl, [[]], [doc(L, Lp, O), {kw, leaf(atom_to_list(Op))}, doc(R, Rp, O)]});
doc({op, _, Op, L, R}, Prec, O) ->
    {Lp, P, Rp} = inop(Op),
    paren(P, Prec, block1([doc(L, Lp, O), {kw, leaf(atom_to_list(Op))}, doc(R, Rp, O)]));
doc({remote, _, M, F}, Prec, O) ->
    paren(800, Prec, [doc(M, 900, O), $:, doc(F, 900, O)]);
doc({bin, _, []}, _, _) ->
    leaf("<<>>");
doc({bin, _, Es}, _, O) ->
    ['<<', {seq, [], [], $,, [bin_element(E, O) || E <- Es]}, '>>'];
doc({value, _, V}, _, _) ->
    {value, V};
doc(Other, _, _) ->
    leaf(lists:flatten(io_lib:format("INVALID-FORM:~w:", [Other]))).

%% A construct that ends with 'end': its parts, one under the other.
block(Parts, _O) -> block1(Parts ++ [{kw, 'end'}]).
block1(Parts) -> {seq, [], [], [[]], Parts}.

comprehension(Open, Close, Template, Qs, O) ->
    Body = block1([{step, [Template, leaf(" ||")], {nl, [$,], [qualifier(Q, O) || Q <- Qs]}}]),
    block1([{seq, Open, [], [[]], [{nl, [], [leaf(" "), [Body]]}]}, Close]).

qualifier({generate, _, P, E}, O) ->
    block1([{step, [doc(P, 0, O), leaf(" <-")], doc(E, 0, O)}]);
qualifier({b_generate, _, P, E}, O) ->
    block1([{step, [doc(P, 0, O), leaf(" <=")], doc(E, 0, O)}]);
qualifier(E, O) ->
    doc(E, 0, O).

space_before_hash({integer, _, _}, C) -> [$\s | C];
space_before_hash({'fun', _, {function, _, _}}, C) -> [$\s | C];
space_before_hash({'fun', _, {function, _, _, _}}, C) -> [$\s | C];
space_before_hash(_, C) -> C.

call(Name, Args, Prec, O) ->
    paren(700, Prec, {seq, doc(Name, 800, O), [], [[]], [args(Args, O)]}).

args(As, O) -> {seq, $(, $), [$,], [doc(A, 0, O) || A <- As]}.

tuple([]) -> leaf("{}");
tuple(Ds) -> {seq, ${, $}, [$,], Ds}.

list_doc({cons, _, H, T}, Es, O) -> list_doc(T, [H | Es], O);
list_doc({nil, _}, Es, O) ->
    {seq, $[, $], [$,], [doc(E, 0, O) || E <- lists:reverse(Es)]};
list_doc(Tail, Es, O) ->
    {seq, $[, $], [{$,, ' |'}], [doc(E, 0, O) || E <- lists:reverse(Es, [Tail])]}.

map_field({map_field_assoc, _, K, V}, O) ->
    block1([{step, [doc(K, 0, O), leaf(" =>")], doc(V, 0, O)}]);
map_field({map_field_exact, _, K, V}, O) ->
    block1([{step, [doc(K, 0, O), leaf(" :=")], doc(V, 0, O)}]).

record_name(Name) -> [$#, {atom, Name}].

record_fields(Fs, O) ->
    tuple([block1([{cstep, [doc(F, 150, O), ' ='], doc(V, 100, O)}])
           || {record_field, _, F, V} <- Fs]).

bin_element({bin_element, _, V, Size, Types}, O) ->
    VD = doc(V, 900, O),
    SD = case Size of
             default -> VD;
             _ -> [VD, $:, doc(Size, 900, O)]
         end,
    case Types of
        default -> SD;
        _ -> [SD, $/ | bit_types(Types)]
    end.

bit_types([T]) -> [bit_type(T)];
bit_types([T | Ts]) -> [bit_type(T), $- | bit_types(Ts)].

bit_type({Name, N}) -> [{atom, Name}, $:, leaf(integer_to_list(N))];
bit_type(Name) -> {atom, Name}.

body([E], O) -> doc(E, 0, O);
body(Es, O) -> {nl, [$,], [doc(E, 0, O) || E <- Es]}.

clauses(Cs) -> {nl, [$;], Cs}.

%% Head -> Body: the body under the head; "when Guard" after the head.
with_guard(Head, Guard, O) ->
    [block1([{step, Head, guard(Guard, O)}]), ' ->'].

guard([], _) -> [];
guard(Gs, O) ->
    block1([{step, 'when', {seq, [], [], [$;], [conjunction(G, O) || G <- Gs]}}]).

conjunction(G, O) -> {seq, [], [], [$,], [doc(E, 0, O) || E <- G]}.

if_clause({clause, _, [], G, B}, O) ->
    Test = case G of
               [] -> leaf("true");
               _ -> {seq, [], [], $;, [conjunction(C, O) || C <- G]}
           end,
    {step, [Test, ' ->'], body(B, O)}.

cr_clause({clause, _, [P], G, B}, O) ->
    {step, with_guard(doc(P, 0, O), G, O), body(B, O)}.

catch_clause({clause, _, [{tuple, _, [C, R, S]}], G, B}, O) ->
    Pat = [doc(C, 0, O), $:, doc(R, 0, O)],
    Head = case S of
               {var, _, '_'} -> Pat;
               _ -> Pat ++ [$:, doc(S, 0, O)]
           end,
    {step, with_guard(Head, G, O), body(B, O)}.

fun_clause({clause, _, Ps, G, B}, Name, O) ->
    Head = with_guard(args(Ps, O), G, O),
    case Name of
        none -> {step, Head, body(B, O)};
        _ -> {step, [atom_to_list(Name), Head], body(B, O)}
    end.

%% erl_internal:bif/2 for the names a command may call as erlang:F(...).
auto_imported(F, A) ->
    lists:member({F, A},
                 [{abs,1}, {apply,2}, {apply,3}, {atom_to_binary,2}, {atom_to_list,1},
                  {binary_to_atom,2}, {binary_to_list,1}, {binary_to_term,1}, {bit_size,1},
                  {byte_size,1}, {element,2}, {erase,0}, {erase,1}, {error,1}, {error,2},
                  {exit,1}, {exit,2}, {get,0}, {get,1}, {group_leader,0}, {halt,0}, {halt,1},
                  {hd,1}, {integer_to_list,1}, {is_alive,0}, {is_atom,1}, {is_binary,1},
                  {is_bitstring,1}, {is_boolean,1}, {is_float,1}, {is_function,1},
                  {is_function,2}, {is_integer,1}, {is_list,1}, {is_map,1}, {is_number,1},
                  {is_pid,1}, {is_process_alive,1}, {is_reference,1}, {is_tuple,1},
                  {length,1}, {link,1}, {list_to_atom,1}, {list_to_binary,1},
                  {list_to_integer,1}, {list_to_tuple,1}, {make_ref,0}, {map_size,1},
                  {max,2}, {min,2}, {monitor,2}, {node,0}, {node,1}, {now,0}, {put,2},
                  {register,2}, {round,1}, {self,0}, {setelement,3}, {size,1}, {spawn,1},
                  {spawn,3}, {spawn_link,1}, {spawn_link,3}, {throw,1}, {tl,1}, {trunc,1},
                  {tuple_size,1}, {tuple_to_list,1}, {unlink,1}, {unregister,1},
                  {whereis,1}]).

%% ---- layout -----------------------------------------------------------------
%% fmt(Doc, Col, O) -> {Chars, Size}: Size is the width used on the current
%% line, or {line, Col} when Doc spans lines and ends at column Col.

fmt([], _, _) -> {[], 0};
fmt(C, _, _) when is_integer(C) -> {C, 1};
fmt({leaf, Len, S}, _, _) -> {S, Len};
fmt([D | Ds], I, O) -> after_first(Ds, fmt(D, I, O), I, O);
fmt({seq, Before, After, Sep, Ds}, I0, O) -> fmt_seq(Before, After, Sep, Ds, I0, O);
fmt({nl, Sep, Ds}, I0, O) ->
    Pairs = items(Ds, Sep, I0, [], O),
    case sizes(lists:append(Pairs)) of
        [] -> {[], 0};
        Sizes ->
            {Chars, _} = lists:unzip(nonzero(steps(Pairs, I0, O))),
            {join(Chars, newline(I0)), at_line(lists:last(Sizes), I0)}
    end;
fmt({atom, A}, I, O) -> fmt(flat_leaf(write_atom(A)), I, O);
fmt({char, C}, I, O) -> fmt(flat_leaf(write_char(C, O)), I, O);
fmt({string, S}, I, O) -> fmt(string_doc(S, I, O), I, O);
fmt({kw, D}, I, O) -> fmt(D, I, O);
fmt({value, V}, I, O) ->
    Text = case O#opt.unicode of
               true -> io_lib_pretty:print(V, [{encoding, unicode}]);
               false -> io_lib_pretty:print(V, [{encoding, latin1}])
           end,
    fmt(flat_leaf(Text), I, O);
fmt(Word, _, _) when is_atom(Word) ->
    S = word(Word),
    {S, length(S)}.

word(' ->') -> " ->";
word(' =') -> " =";
word(' |') -> " |";
word(W) -> atom_to_list(W).

%% A seq: everything on one line when it fits in the line width, else each
%% item on a line of its own, atomic items packed several to a line.
fmt_seq(Before, After, Sep, Ds, I0, O) ->
    B = fmt(Before, I0, O),
    I = column(B, I0),
    Pairs = items(Ds, Sep, I, After, O),
    {Chars, Sizes0} = lists:unzip(nonzero(lists:append(Pairs))),
    {BChars, BSizes} = lists:unzip(nonzero([B])),
    Sizes = BSizes ++ Sizes0,
    NSep = case is_list(Sep) andalso Sep =/= [] of
               true -> max(0, length(Chars) - 1);
               false -> 0
           end,
    case fits(I0, Sizes, NSep, O) of
        {yes, Size} ->
            Line = case NSep > 0 of
                       true -> join(Chars, $\s);
                       false -> Chars
                   end,
            {BChars ++ Line, Size};
        no ->
            Lines = steps(Pairs, I, O),
            {LChars, LSize} = pack(Lines, Ds, I, NSep, O),
            {[BChars, LChars], at_line(LSize, I0)}
    end.

fits(I0, Sizes, NSep, O) ->
    case lists:all(fun is_integer/1, Sizes) of
        true ->
            Size = lists:sum(Sizes) + NSep,
            case I0 + Size =< O#opt.width of
                true -> {yes, Size};
                false -> no
            end;
        false ->
            no
    end.

%% Each item with its separator (the last one with After): a pair of
%% {Chars, Size}, the second for the indented part of a step.
items([], _Sep, I, After, O) ->
    [[fmt(After, I, O), {[], 0}]];
items(Ds, Sep0, I, After, O) ->
    {Sep, LastSep} = case Sep0 of
                         [{S, LS}] -> {[S], [LS]};
                         _ -> {Sep0, Sep0}
                     end,
    items1(Ds, Sep, LastSep, After, I, O).

items1([D], _Sep, _LastSep, After, I, O) -> [item(D, After, I, O)];
items1([D1, D2], _Sep, LastSep, After, I, O) -> [item(D1, LastSep, I, O), item(D2, After, I, O)];
items1([D | Ds], Sep, LastSep, After, I, O) -> [item(D, Sep, I, O) | items1(Ds, Sep, LastSep, After, I, O)].

item({step, D1, D2}, S, I, O) ->
    [fmt(D1, I, O), fmt([D2, S], I + O#opt.indent, O)];
item({cstep, D1, D2}, S, I, O) ->
    {_, Sz1} = CS1 = fmt(D1, I, O),
    case is_integer(Sz1) andalso Sz1 < O#opt.indent of
        true -> [after_first([leaf(" "), D2, S], CS1, I, O), {[], 0}];
        false -> [CS1, fmt([D2, S], I + O#opt.indent, O)]
    end;
item(D, S, I, O) ->
    [fmt([D, S], I, O), {[], 0}].

%% A step whose second part is not empty breaks the line under its first.
steps(Pairs, I, O) ->
    [case Pair of
         [{_, 0}, {_, 0}] -> {[], 0};
         [CS1, {_, 0}] -> CS1;
         [{C1, S1}, {C2, S2}] -> {join([C1, C2], newline(I + O#opt.indent)), line_size([S1, S2])}
     end || Pair <- Pairs].

%% Items one per line, except that atomic ones share a line while it has room.
pack([{Chars, Size}], [], _I, _NSep, _O) ->
    {Chars, Size};
pack([{C1, S1} | Lines], [D | Ds], I0, NSep, O) ->
    Col = case atomic(D) of
              true -> I0 + S1;
              false -> O#opt.width + 1
          end,
    pack1(Lines, Ds, I0, Col, newline(I0), NSep, S1, [C1], O).

pack1([{Chars, Size} | Lines], [D | Ds], I0, Col, NL, NSep, Sz, Acc, O) ->
    case atomic(D) andalso is_integer(Size) of
        true when Col + Size + 1 =< O#opt.width ->
            Acc1 = case NSep > 0 of
                       true -> [Chars, $\s | Acc];
                       false -> [Chars | Acc]
                   end,
            pack1(Lines, Ds, I0, Col + Size + 1, NL, NSep, Sz + Size + 1, Acc1, O);
        true ->
            pack1(Lines, Ds, I0, I0 + Size, NL, NSep, Size + 1, [Chars, NL | Acc], O);
        false ->
            pack1(Lines, Ds, I0, O#opt.width + 1, NL, NSep, 0, [Chars, NL | Acc], O)
    end;
pack1(_, _, _, _, _, _, Sz, Acc, _) ->
    {lists:reverse(Acc), Sz}.

atomic({atom, _}) -> true;
atomic({leaf, _, _}) -> true;
atomic(W) when is_atom(W) -> true;
atomic(_) -> false.

%% Documents placed one after the other, from the end of CS1.
after_first(Ds, CS1, I0, O) ->
    {CSs, _} = lists:mapfoldl(fun(D, Col) ->
                                      CS = fmt(D, Col, O),
                                      {CS, column(CS, Col)}
                              end, column(CS1, I0), Ds),
    {Chars, Sizes} = lists:unzip(nonzero([CS1 | CSs])),
    {Chars, line_size(Sizes)}.

nonzero(CSs) -> [CS || {_, Sz} = CS <- CSs, Sz =/= 0].

sizes(CSs) -> [Sz || {_, Sz} <- nonzero(CSs)].

column({_, {line, Col}}, _) -> Col;
column({_, Size}, I) -> I + Size.

at_line({line, _} = Sz, _) -> Sz;
at_line(Size, I) -> {line, Size + I}.

line_size(Sizes) -> line_size(Sizes, 0, false).
line_size([], Size, false) -> Size;
line_size([], Size, true) -> {line, Size};
line_size([{line, Col} | Sizes], _, _) -> line_size(Sizes, Col, true);
line_size([Sz | Sizes], Acc, Nl) -> line_size(Sizes, Acc + Sz, Nl).

join([], _) -> [];
join([C | Cs], Sep) -> [C | [[Sep, X] || X <- Cs]].

newline(0) -> $\n;
newline(I) -> [$\n | lists:duplicate(I, $\s)].

%% ---- writing atoms, characters, strings -------------------------------------

flat_leaf(S) ->
    L = lists:flatten(S),
    {leaf, length(L), L}.

write_atom(A) -> io_lib:format("~tw", [A]).

%% A string too long for the rest of the line is cut into several.
string_doc([], _, O) ->
    flat_leaf(write_string([], O));
string_doc(S, I, O) ->
    Len = max(O#opt.width - I, 5),
    block1(string_pieces(S, Len, Len, O)).

string_pieces([], _, _, _) -> [];
string_pieces(S, N, Len, O) ->
    Piece = lists:sublist(S, N),
    W = lists:flatten(write_string(Piece, O)),
    case length(W) > Len andalso N > 5 of
        true -> string_pieces(S, N - 1, Len, O);
        false -> [flat_leaf(W) | string_pieces(lists:nthtail(length(Piece), S), Len, Len, O)]
    end.

write_string(S, O) -> [$" | lists:flatmap(fun(C) -> escape(C, $", O) end, S)] ++ [$"].

write_char($\s, #opt{unicode = true}) -> "$\\s";
write_char(C, O) -> [$$ | escape(C, none, O)].

escape(Q, Q, _) -> [$\\, Q];
escape($\\, _, _) -> "\\\\";
escape($\n, _, _) -> "\\n";
escape($\r, _, _) -> "\\r";
escape($\t, _, _) -> "\\t";
escape($\v, _, _) -> "\\v";
escape($\b, _, _) -> "\\b";
escape($\f, _, _) -> "\\f";
escape($\e, _, _) -> "\\e";
escape(127, _, _) -> "\\d";
escape(C, _, _) when C < 32; C >= 128, C < 160 ->
    [$\\, $0 + (C bsr 6), $0 + ((C bsr 3) band 7), $0 + (C band 7)];
escape(C, _, #opt{unicode = false}) when C > 255 ->
    "\\x{" ++ integer_to_list(C, 16) ++ "}";
escape(C, _, _) -> [C].

#!/usr/bin/env escript
%% erldump.escript — print OTP's parse of an .erl file (epp + erl_parse) in
%% the S-expression format of compiler/astdump.c, one function per line, so
%% the beamlet front end can be compared with OTP's: see run.sh.
main([File | Incs]) ->
    {ok, Forms} = epp:parse_file(File, [{includes, Incs}]),
    [io:put_chars([d(F), "\n"]) || F = {function, _, _, _, _} <- Forms],
    ok.

d({function, _, N, A, Cs}) -> ["(function ", atom_to_list(N), " ", integer_to_list(A), cl(Cs), ")"];
d({clause, _, Ps, Gs, B}) ->
    G = case Gs of [] -> "-"; _ -> ["(guard", [[" ", seq(T)] || T <- Gs], ")"] end,
    ["(clause ", seq(Ps), " ", G, " ", seq(B), ")"];
d({var, _, V}) -> atom_to_list(V);
d({integer, _, I}) -> integer_to_list(I);
d({char, _, C}) -> integer_to_list(C);
d({float, _, F}) -> ["f:", float_to_list(F, [{scientific, 16}])];
d({atom, _, A}) -> ["'", atom_to_list(A), "'"];
d({string, _, S}) -> ["(str", [[" ", integer_to_list(C)] || C <- S], ")"];
d({nil, _}) -> "[]";
d({cons, _, H, T}) -> ["(cons ", d(H), " ", d(T), ")"];
d({tuple, _, Es}) -> ["(tuple", ks(Es), ")"];
d({bin, _, Es}) -> ["(bin", ks(Es), ")"];
d({bin_element, _, V, S, T}) ->
    Ts = case T of default -> []; _ -> T end,
    Ty = lists:foldl(fun(X, Acc) -> case lists:member(X, [integer, float, binary, bytes, bitstring, bits, utf8, utf16, utf32]) of true -> atom_to_list(X); false -> Acc end end, "default", Ts),
    Sg = case lists:member(signed, Ts) of true -> "signed"; false -> "unsigned" end,
    En = lists:foldl(fun(big, _) -> "big"; (little, _) -> "little"; (native, _) -> "native"; (_, A) -> A end, "big", Ts),
    U = lists:foldl(fun({unit, N}, _) -> N; (_, A) -> A end, -1, Ts),
    ["(seg ", d(V), " ", case S of default -> "-"; _ -> d(S) end, " ", Ty, " ", Sg, " ", En, " ", integer_to_list(U), ")"];
d({map, _, Fs}) -> ["(map", ks(Fs), ")"];
d({map, _, M, Fs}) -> ["(mapu ", d(M), ks(Fs), ")"];
d({map_field_assoc, _, K, V}) -> ["(assoc ", d(K), " ", d(V), ")"];
d({map_field_exact, _, K, V}) -> ["(exact ", d(K), " ", d(V), ")"];
d({record, _, N, Fs}) -> ["(record ", atom_to_list(N), ks(Fs), ")"];
d({record, _, E, N, Fs}) -> ["(recupd ", atom_to_list(N), " ", d(E), ks(Fs), ")"];
d({record_index, _, N, {atom, _, F}}) -> ["(recidx ", atom_to_list(N), " ", atom_to_list(F), ")"];
d({record_field, _, {atom, _, F}, V}) -> ["(field ", atom_to_list(F), " ", d(V), ")"];
d({record_field, _, {var, _, F}, V}) -> ["(field ", atom_to_list(F), " ", d(V), ")"];
d({record_field, _, E, N, {atom, _, F}}) -> ["(recget ", atom_to_list(N), " ", atom_to_list(F), " ", d(E), ")"];
d({match, _, P, E}) -> ["(match ", d(P), " ", d(E), ")"];
d({op, _, '-', {integer, _, I}}) -> integer_to_list(-I);
d({op, _, '-', {char, _, I}}) -> integer_to_list(-I);
d({op, _, '+', {integer, _, I}}) -> integer_to_list(I);
d({op, _, '-', {float, _, F}}) -> d({float, 0, -F});
d({op, _, '-', {op, _, '-', X}}) -> case fold(X) of {ok, V} -> d(V); no -> ["(op - (op - ", d(X), "))"] end;
d({op, _, Op, A}) -> ["(op ", atom_to_list(Op), " ", d(A), ")"];
d({op, _, Op, A, B}) -> ["(op ", atom_to_list(Op), " ", d(A), " ", d(B), ")"];
d({call, _, F, As}) -> ["(call ", d(F), ks(As), ")"];
d({remote, _, M, F}) -> ["(remote ", d(M), " ", d(F), ")"];
d({'case', _, E, Cs}) -> ["(case ", d(E), cl(Cs), ")"];
d({'if', _, Cs}) -> ["(if", cl(Cs), ")"];
d({'receive', _, Cs}) -> ["(receive ", seq(Cs), " - -)"];
d({'receive', _, Cs, T, B}) -> ["(receive ", seq(Cs), " ", d(T), " ", seq(B), ")"];
d({block, _, Es}) -> ["(block", ks(Es), ")"];
d({'try', _, B, Of, C, A}) -> ["(try ", seq(B), " ", oseq(Of), " ", oseqc(C), " ", oseq(A), ")"];
d({'catch', _, E}) -> ["(catch ", d(E), ")"];
d({'fun', _, {clauses, Cs}}) -> ["(fun", cl(Cs), ")"];
d({named_fun, _, N, Cs}) -> ["(nfun ", atom_to_list(N), cl(Cs), ")"];
d({'fun', _, {function, F, A}}) -> ["(funref ", atom_to_list(F), " ", integer_to_list(A), ")"];
d({'fun', _, {function, M, F, A}}) -> ["(funext ", d(M), " ", d(F), " ", d(A), ")"];
d({lc, _, T, Qs}) -> ["(lc ", d(T), ks(Qs), ")"];
d({generate, _, P, E}) -> ["(gen ", d(P), " ", d(E), ")"];
d(X) -> io_lib:format("(?~p)", [element(1, X)]).

fold({integer, _, I}) -> {ok, {integer, 0, I}};
fold(_) -> no.

ks(L) -> [[" ", d(X)] || X <- L].
cl(L) -> ks(L).
seq(L) -> ["(", ks(L), ")"].
oseq([]) -> "-";
oseq(L) -> seq(L).
oseqc([]) -> "-";
oseqc(L) -> ["(", [[" ", cc(C)] || C <- L], ")"].
cc({clause, _, [{tuple, _, [C, R, S]}], Gs, B}) ->
    G = case Gs of [] -> "-"; _ -> ["(guard", [[" ", seq(T)] || T <- Gs], ")"] end,
    ["(clause ( (cp ", d(C), " ", d(R), " ", d(S), ")) ", G, " ", seq(B), ")"].

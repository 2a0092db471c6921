%% erl_eval — the evaluator of Erlang's abstract format (the expressions,
%% patterns and guards erl_parse produces), behaving as OTP 25's erl_eval:
%% the shell evaluates each command with it. Written in beamlet's own
%% language.
%%
%% Bindings are an orddict of {Name, Value}, as OTP's. Values come back as
%% {value, Value, NewBindings}. Errors are OTP's, class and reason: the
%% evaluator's own ({badmatch,V}, {case_clause,V}, if_clause, ...) are
%% raised here; those of operators and BIFs are raised by really calling
%% erlang:Op/N, so the stack starts with the BIF's frame as in OTP.
%% A fun made here is a closure of this module (erlang:fun_info(F, module)
%% says erl_eval), which is how the shell tells an interpreted fun.
%%
%% Not here: what needs erl_lint, erl_scan or erl_parse (check_command/2,
%% eval_str/1, extended_parse_*, partial_eval/1, is_constant_expr/1, and
%% the lint of exprs/2 beyond unbound variables), map comprehensions and
%% maybe (OTP 26, off in 25). Records reach it expanded by the shell; a
%% record expression left is {undef_record, Name}, as in OTP.
-module(erl_eval).

-export([new_bindings/0, bindings/1, binding/2, add_binding/3, del_binding/2,
         exprs/2, exprs/3, exprs/4, expr/2, expr/3, expr/4, expr/5,
         expr_list/2, expr_list/3, expr_list/4, match_clause/4, fun_data/1]).

%% --- bindings (an orddict, as OTP's) ----------------------------------------

new_bindings() -> [].

bindings(Bs) -> Bs.

binding(Name, [{Name, V} | _]) -> {value, V};
binding(Name, [{N, _} | T]) when N < Name -> binding(Name, T);
binding(_, _) -> unbound.

add_binding(Name, V, [{N, _} = B | T]) when N < Name -> [B | add_binding(Name, V, T)];
add_binding(Name, V, [{Name, _} | T]) -> [{Name, V} | T];
add_binding(Name, V, Bs) -> [{Name, V} | Bs].

del_binding(Name, [{N, _} = B | T]) when N < Name -> [B | del_binding(Name, T)];
del_binding(Name, [{Name, _} | T]) -> T;
del_binding(_, Bs) -> Bs.

%% Bs1's bindings laid over Bs0's (a fun clause's head over its closure).
add_bindings([{N, V} | T], Bs) -> add_bindings(T, add_binding(N, V, Bs));
add_bindings([], Bs) -> Bs.

%% The bindings of two subexpressions evaluated from the same bindings (the
%% elements of a tuple, the operands of an operator): a variable both bind
%% must have one value, else {badmatch, V} as OTP.
merge_bindings(Bs, Bs) -> Bs;
merge_bindings(Bs1, Bs2) -> merge_bindings1(Bs1, Bs2).

merge_bindings1([{N1, _} = B1 | T1], [{N2, _} | _] = Bs2) when N1 < N2 ->
    [B1 | merge_bindings1(T1, Bs2)];
merge_bindings1([{N1, _} | _] = Bs1, [{N2, _} = B2 | T2]) when N2 < N1 ->
    [B2 | merge_bindings1(Bs1, T2)];
merge_bindings1([{N, V1} | T1], [{N, V2} | T2]) ->
    case V1 =:= V2 of
        true -> [{N, V1} | merge_bindings1(T1, T2)];
        false -> erlang:error({badmatch, V2})
    end;
merge_bindings1([], Bs2) -> Bs2;
merge_bindings1(Bs1, []) -> Bs1.

%% --- the closures interpreted funs are ---------------------------------------

%% An interpreted fun is one of these closures over {Bindings, Lf, Ef,
%% Clauses} (and its name, for a named fun): one closure per arity, up to
%% 20 arguments as OTP, so that the VM checks the arity of a call and
%% erlang:fun_info tells it. The order of the funs in this file gives each
%% the index OTP 25's erl_eval gives it (the named ones for arity 20..0 are
%% funs 0..20, the map builders 21 and 22, the plain ones for arity 20..0
%% are 23..43), so fun(A) -> A end prints as #Fun<erl_eval.42.Uniq> in
%% both; no other fun may come before them.
make_named_fun(20, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T, U) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T, U], RF, I)
    end;
make_named_fun(19, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T], RF, I)
    end;
make_named_fun(18, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S], RF, I)
    end;
make_named_fun(17, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R], RF, I)
    end;
make_named_fun(16, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q], RF, I)
    end;
make_named_fun(15, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P], RF, I)
    end;
make_named_fun(14, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M, N, O) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O], RF, I)
    end;
make_named_fun(13, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M, N) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M, N], RF, I)
    end;
make_named_fun(12, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L, M) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L, M], RF, I)
    end;
make_named_fun(11, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K, L) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K, L], RF, I)
    end;
make_named_fun(10, I) ->
    fun RF(A, B, C, D, E, F, G, H, J, K) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J, K], RF, I)
    end;
make_named_fun(9, I) ->
    fun RF(A, B, C, D, E, F, G, H, J) ->
            eval_named_fun([A, B, C, D, E, F, G, H, J], RF, I)
    end;
make_named_fun(8, I) ->
    fun RF(A, B, C, D, E, F, G, H) -> eval_named_fun([A, B, C, D, E, F, G, H], RF, I) end;
make_named_fun(7, I) ->
    fun RF(A, B, C, D, E, F, G) -> eval_named_fun([A, B, C, D, E, F, G], RF, I) end;
make_named_fun(6, I) ->
    fun RF(A, B, C, D, E, F) -> eval_named_fun([A, B, C, D, E, F], RF, I) end;
make_named_fun(5, I) ->
    fun RF(A, B, C, D, E) -> eval_named_fun([A, B, C, D, E], RF, I) end;
make_named_fun(4, I) ->
    fun RF(A, B, C, D) -> eval_named_fun([A, B, C, D], RF, I) end;
make_named_fun(3, I) ->
    fun RF(A, B, C) -> eval_named_fun([A, B, C], RF, I) end;
make_named_fun(2, I) ->
    fun RF(A, B) -> eval_named_fun([A, B], RF, I) end;
make_named_fun(1, I) ->
    fun RF(A) -> eval_named_fun([A], RF, I) end;
make_named_fun(0, I) ->
    fun RF() -> eval_named_fun([], RF, I) end;
make_named_fun(_, {_Bs, _Lf, _Ef, Cs, Name}) ->
    erlang:error({argument_limit, {named_fun, 1, Name, Cs}}).

%% The values of a map expression's fields put into a new map or over an
%% old one (=> puts, := updates; {badkey, K} when there is no K).
map_build(Kvs) -> lists:foldl(fun({assoc, K, V}, M) -> maps:put(K, V, M) end, #{}, Kvs).

map_update(Kvs, M0) ->
    lists:foldl(fun({assoc, K, V}, M) -> maps:put(K, V, M);
                   ({exact, K, V}, M) -> maps:update(K, V, M)
                end, M0, Kvs).

make_fun(20, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T, U) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T, U], I)
    end;
make_fun(19, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S, T], I)
    end;
make_fun(18, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R, S], I)
    end;
make_fun(17, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q, R], I)
    end;
make_fun(16, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P, Q], I)
    end;
make_fun(15, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O, P) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O, P], I)
    end;
make_fun(14, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N, O) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N, O], I)
    end;
make_fun(13, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M, N) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M, N], I)
    end;
make_fun(12, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L, M) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L, M], I)
    end;
make_fun(11, I) ->
    fun(A, B, C, D, E, F, G, H, J, K, L) ->
            eval_fun([A, B, C, D, E, F, G, H, J, K, L], I)
    end;
make_fun(10, I) ->
    fun(A, B, C, D, E, F, G, H, J, K) -> eval_fun([A, B, C, D, E, F, G, H, J, K], I) end;
make_fun(9, I) ->
    fun(A, B, C, D, E, F, G, H, J) -> eval_fun([A, B, C, D, E, F, G, H, J], I) end;
make_fun(8, I) ->
    fun(A, B, C, D, E, F, G, H) -> eval_fun([A, B, C, D, E, F, G, H], I) end;
make_fun(7, I) ->
    fun(A, B, C, D, E, F, G) -> eval_fun([A, B, C, D, E, F, G], I) end;
make_fun(6, I) ->
    fun(A, B, C, D, E, F) -> eval_fun([A, B, C, D, E, F], I) end;
make_fun(5, I) ->
    fun(A, B, C, D, E) -> eval_fun([A, B, C, D, E], I) end;
make_fun(4, I) ->
    fun(A, B, C, D) -> eval_fun([A, B, C, D], I) end;
make_fun(3, I) ->
    fun(A, B, C) -> eval_fun([A, B, C], I) end;
make_fun(2, I) ->
    fun(A, B) -> eval_fun([A, B], I) end;
make_fun(1, I) ->
    fun(A) -> eval_fun([A], I) end;
make_fun(0, I) ->
    fun() -> eval_fun([], I) end;
make_fun(_, {_Bs, _Lf, _Ef, Cs}) ->
    erlang:error({argument_limit, {'fun', 1, Cs}}).

%% --- entry points -------------------------------------------------------------

%% exprs/2 and expr/2 are the ones that run erl_lint in OTP, which reports
%% an unbound variable as {unbound_var, V} before evaluating; beamlet has no
%% erl_lint, so the evaluator's own {unbound, V} is renamed on the way out.
exprs(Es, Bs) -> linted(fun() -> exprs(Es, Bs, none, none) end).

exprs(Es, Bs, Lf) -> exprs(Es, Bs, Lf, none).

exprs([E], Bs, Lf, Ef) -> expr(E, Bs, Lf, Ef);
exprs([E | Es], Bs0, Lf, Ef) ->
    {value, _, Bs} = expr(E, Bs0, Lf, Ef),
    exprs(Es, Bs, Lf, Ef).

expr(E, Bs) -> linted(fun() -> expr(E, Bs, none, none) end).

expr(E, Bs, Lf) -> expr(E, Bs, Lf, none).

%% expr/5: ReturnFormat value asks for the value alone.
expr(E, Bs, Lf, Ef, none) -> expr(E, Bs, Lf, Ef);
expr(E, Bs, Lf, Ef, value) ->
    {value, V, _} = expr(E, Bs, Lf, Ef),
    V.

linted(Eval) ->
    try Eval()
    catch error:{unbound, V}:S -> erlang:raise(error, {unbound_var, V}, S)
    end.

%% expr_list(Es, Bs...) -> {Values, NewBindings}: each expression evaluated
%% from Bs, their new bindings merged.
expr_list(Es, Bs) -> expr_list(Es, Bs, none, none).

expr_list(Es, Bs, Lf) -> expr_list(Es, Bs, Lf, none).

expr_list(Es, Bs, Lf, Ef) -> expr_list(Es, [], Bs, Bs, Lf, Ef).

expr_list([E | Es], Vs, BsOut, Bs0, Lf, Ef) ->
    {value, V, Bs1} = expr(E, Bs0, Lf, Ef),
    expr_list(Es, [V | Vs], merge_bindings(Bs1, BsOut), Bs0, Lf, Ef);
expr_list([], Vs, BsOut, _Bs0, _Lf, _Ef) ->
    {lists:reverse(Vs), BsOut}.

%% --- expressions --------------------------------------------------------------

expr({var, _, V}, Bs, _Lf, Ef) ->
    case binding(V, Bs) of
        {value, Val} -> {value, Val, Bs};
        unbound -> {value, fail({unbound, V}, Ef), Bs}
    end;
expr({integer, _, I}, Bs, _Lf, _Ef) -> {value, I, Bs};
expr({char, _, C}, Bs, _Lf, _Ef) -> {value, C, Bs};
expr({float, _, F}, Bs, _Lf, _Ef) -> {value, F, Bs};
expr({atom, _, A}, Bs, _Lf, _Ef) -> {value, A, Bs};
expr({string, _, S}, Bs, _Lf, _Ef) -> {value, S, Bs};
expr({nil, _}, Bs, _Lf, _Ef) -> {value, [], Bs};
expr({cons, _, H0, T0}, Bs0, Lf, Ef) ->
    {value, H, Bs1} = expr(H0, Bs0, Lf, Ef),
    {value, T, Bs2} = expr(T0, Bs0, Lf, Ef),
    {value, [H | T], merge_bindings(Bs1, Bs2)};
expr({tuple, _, Es}, Bs0, Lf, Ef) ->
    {Vs, Bs} = expr_list(Es, Bs0, Lf, Ef),
    {value, list_to_tuple(Vs), Bs};
expr({map, _, Fs}, Bs0, Lf, Ef) ->
    {Kvs, Bs} = map_fields(Fs, Bs0, Lf, Ef),
    {value, map_build(Kvs), Bs};
expr({map, _, M0, Fs}, Bs0, Lf, Ef) ->
    {value, M, Bs1} = expr(M0, Bs0, Lf, Ef),
    {Kvs, Bs2} = map_fields(Fs, Bs0, Lf, Ef),
    _ = maps:put(k, v, M),                       % {badmap, M} as OTP's
    {value, map_update(Kvs, M), merge_bindings(Bs2, Bs1)};
expr({block, _, Es}, Bs, Lf, Ef) -> exprs(Es, Bs, Lf, Ef);
expr({'if', _, Cs}, Bs, Lf, Ef) ->
    case if_clauses(Cs, Bs, Lf, Ef) of
        {Body, Bs1} -> exprs(Body, Bs1, Lf, Ef);
        nomatch -> {value, fail(if_clause, Ef), Bs}
    end;
expr({'case', _, E, Cs}, Bs0, Lf, Ef) ->
    {value, V, Bs} = expr(E, Bs0, Lf, Ef),
    case match_clause(Cs, [V], Bs, Lf, Ef) of
        {Body, Bs1} -> exprs(Body, Bs1, Lf, Ef);
        nomatch -> {value, fail({case_clause, V}, Ef), Bs}
    end;
expr({'try', _, Body, Cases, Catches, After}, Bs, Lf, Ef) ->
    eval_try(Body, Cases, Catches, After, Bs, Lf, Ef);
expr({'receive', _, Cs}, Bs, Lf, Ef) ->
    eval_receive(Cs, infinity, [], Bs, Lf, Ef);
expr({'receive', _, Cs, T0, After}, Bs0, Lf, Ef) ->
    {value, T, Bs} = expr(T0, Bs0, Lf, Ef),
    eval_receive(Cs, T, After, Bs, Lf, Ef);
expr({'fun', _, {function, M0, F0, A0}}, Bs0, Lf, Ef) ->
    {[M, F, A], Bs} = expr_list([M0, F0, A0], Bs0, Lf, Ef),
    {value, erlang:make_fun(M, F, A), Bs};
expr({'fun', _, {function, F, A}}, Bs, _Lf, Ef) ->
    %% OTP 25's erl_eval makes no fun of a local function, shell-defined
    %% or auto-imported BIF alike: it is an undefined erl_eval:F/A.
    {value, fail(undef, [{erl_eval, F, A, []} | here()], Ef), Bs};
expr({'fun', _, {clauses, Cs}}, Bs, Lf, Ef) ->
    {value, make_fun(arity_of(Cs), {used_bindings(Cs, Bs), Lf, Ef, Cs}), Bs};
expr({named_fun, _, Name, Cs}, Bs, Lf, Ef) ->
    {value, make_named_fun(arity_of(Cs), {used_bindings(Cs, Bs), Lf, Ef, Cs, Name}), Bs};
expr({call, _, _, _} = E, Bs0, Lf, Ef) ->
    {Call, Bs} = call_prepare(E, Bs0, Lf, Ef),
    {value, call_run(Call, Ef), Bs};
expr({'catch', _, E}, Bs0, Lf, Ef) ->
    try expr(E, Bs0, Lf, Ef)
    catch
        throw:T -> {value, T, Bs0};
        exit:R -> {value, {'EXIT', R}, Bs0};
        error:R:S -> {value, {'EXIT', {R, S}}, Bs0}
    end;
expr({match, _, P, E}, Bs0, Lf, Ef) ->
    {value, V, Bs1} = expr(E, Bs0, Lf, Ef),
    case match(P, V, Bs1, Bs1) of
        {match, Bs} -> {value, V, Bs};
        nomatch -> {value, fail({badmatch, V}, Ef), Bs0}
    end;
expr({op, _, 'andalso', L0, R0}, Bs0, Lf, Ef) ->
    {value, L, Bs1} = expr(L0, Bs0, Lf, Ef),
    case L of
        true ->
            {value, R, _} = expr(R0, Bs1, Lf, Ef),
            {value, R, Bs1};
        false -> {value, false, Bs1};
        _ -> {value, fail({badarg, L}, Ef), Bs0}
    end;
expr({op, _, 'orelse', L0, R0}, Bs0, Lf, Ef) ->
    {value, L, Bs1} = expr(L0, Bs0, Lf, Ef),
    case L of
        true -> {value, true, Bs1};
        false ->
            {value, R, _} = expr(R0, Bs1, Lf, Ef),
            {value, R, Bs1};
        _ -> {value, fail({badarg, L}, Ef), Bs0}
    end;
expr({op, A, Op, L0, R0}, Bs0, Lf, Ef) ->
    {value, L, Bs1} = expr(L0, Bs0, Lf, Ef),
    {value, R, Bs2} = expr(R0, Bs0, Lf, Ef),
    {value, call_mf(erlang, Op, [L, R], A, Ef), merge_bindings(Bs1, Bs2)};
expr({op, A, Op, E}, Bs0, Lf, Ef) ->
    {value, V, Bs} = expr(E, Bs0, Lf, Ef),
    {value, call_mf(erlang, Op, [V], A, Ef), Bs};
expr({lc, _, E, Qs}, Bs, Lf, Ef) ->
    {value, lists:reverse(lc(E, Qs, Bs, Lf, Ef, [])), Bs};
expr({bc, _, E, Qs}, Bs, Lf, Ef) ->
    {value, list_to_bitstring(lists:reverse(bc(E, Qs, Bs, Lf, Ef, []))), Bs};
expr({bin, _, Segs}, Bs, Lf, Ef) -> bin_construct(Segs, Bs, Lf, Ef, []);
expr({record, _, Name, _}, Bs, _Lf, Ef) -> {value, fail({undef_record, Name}, Ef), Bs};
expr({record, _, _, Name, _}, Bs, _Lf, Ef) -> {value, fail({undef_record, Name}, Ef), Bs};
expr({record_index, _, Name, _}, Bs, _Lf, Ef) -> {value, fail({undef_record, Name}, Ef), Bs};
expr({record_field, _, _, Name, _}, Bs, _Lf, Ef) -> {value, fail({undef_record, Name}, Ef), Bs};
expr({remote, _, _, _}, Bs, _Lf, Ef) -> {value, fail({badexpr, ':'}, Ef), Bs};
expr({value, _, V}, Bs, _Lf, _Ef) -> {value, V, Bs}.  % a value put in by the shell (v(N))

%% An error of the evaluator's own. As OTP's, it is raised by a call of
%% erlang:raise/3 that goes through the non-local function handler, if
%% any (whose value, should it return, is the expression's).
fail(Reason, Ef) -> fail(Reason, here(), Ef).

fail(Reason, Stack, none) -> erlang:raise(error, Reason, Stack);
fail(Reason, Stack, {value, H}) -> call_handler(H, 0, {erlang, raise}, [error, Reason, Stack]).

%% The stack at the caller, for errors OTP raises with an explicit stack.
here() ->
    try erlang:error(here)
    catch error:here:S -> tl(S)
    end.

map_fields([{map_field_assoc, _, K0, V0} | Fs], Bs0, Lf, Ef) ->
    map_field(assoc, K0, V0, Fs, Bs0, Lf, Ef);
map_fields([{map_field_exact, _, K0, V0} | Fs], Bs0, Lf, Ef) ->
    map_field(exact, K0, V0, Fs, Bs0, Lf, Ef);
map_fields([], Bs, _Lf, _Ef) -> {[], Bs}.

map_field(How, K0, V0, Fs, Bs0, Lf, Ef) ->
    {value, K, Bs1} = expr(K0, Bs0, Lf, Ef),
    {value, V, Bs2} = expr(V0, Bs0, Lf, Ef),
    {Kvs, Bs3} = map_fields(Fs, Bs0, Lf, Ef),
    {[{How, K, V} | Kvs], merge_bindings(merge_bindings(Bs1, Bs2), Bs3)}.


%% --- calls --------------------------------------------------------------------

%% A call's function and arguments evaluated: {Call, Bindings}; call_run
%% then makes the call (apart, so that a fun's last call is a tail call).
call_prepare({call, A, {remote, _, M0, F0}, As0}, Bs0, Lf, Ef) ->
    {value, M, Bs1} = expr(M0, Bs0, Lf, Ef),
    {value, F, Bs2} = expr(F0, Bs0, Lf, Ef),
    {As, Bs} = expr_list(As0, merge_bindings(Bs1, Bs2), Lf, Ef),
    case M =:= erlang andalso is_atom(F) andalso is_bif(F, length(As)) of
        true -> {{bif, F, As, A}, Bs};
        false -> {{mf, M, F, As, A}, Bs}
    end;
call_prepare({call, A, {atom, _, F}, As0}, Bs0, Lf, Ef) ->
    case is_bif(F, length(As0)) of
        true ->
            {As, Bs} = expr_list(As0, Bs0, Lf, Ef),
            {{bif, F, As, A}, Bs};
        false ->
            {value, V, Bs} = local_call(F, As0, Bs0, Lf, Ef),
            {{done, V}, Bs}
    end;
call_prepare({call, A, F0, As0}, Bs0, Lf, Ef) ->
    {value, F, Bs1} = expr(F0, Bs0, Lf, Ef),
    {As, Bs} = expr_list(As0, Bs1, Lf, Ef),
    case F of
        {M, N} when is_atom(M), is_atom(N) -> {{done, fail({badfun, F}, Ef)}, Bs0};
        _ -> {{fn, F, As, A}, Bs}
    end.

call_run({mf, M, F, As, A}, Ef) -> call_mf(M, F, As, A, Ef);
call_run({bif, F, As, A}, Ef) -> bif(F, As, A, Ef);
call_run({fn, F, As, A}, Ef) -> call_fun(F, As, A, Ef);
call_run({done, V}, _Ef) -> V.

%% The auto-imported BIFs of OTP 25 (erl_internal:bif/2): a local call to
%% one of these is a call of erlang:F.
is_bif(F, A) ->
    lists:member({F, A}, auto_imported()).

auto_imported() ->
    [{abs,1},{alias,0},{alias,1},{apply,2},{apply,3},{atom_to_binary,1},
     {atom_to_binary,2},{atom_to_list,1},{binary_part,2},{binary_part,3},
     {binary_to_atom,1},{binary_to_atom,2},{binary_to_existing_atom,1},
     {binary_to_existing_atom,2},{binary_to_float,1},{binary_to_integer,1},
     {binary_to_integer,2},{binary_to_list,1},{binary_to_list,3},
     {binary_to_term,1},{binary_to_term,2},{bit_size,1},{bitstring_to_list,1},
     {byte_size,1},{ceil,1},{check_old_code,1},{check_process_code,2},
     {check_process_code,3},{date,0},{delete_module,1},{demonitor,1},
     {demonitor,2},{disconnect_node,1},{element,2},{erase,0},{erase,1},
     {error,1},{error,2},{error,3},{exit,1},{exit,2},{float,1},
     {float_to_binary,1},{float_to_binary,2},{float_to_list,1},
     {float_to_list,2},{floor,1},{garbage_collect,0},{garbage_collect,1},
     {garbage_collect,2},{get,0},{get,1},{get_keys,0},{get_keys,1},
     {group_leader,0},{group_leader,2},{halt,0},{halt,1},{halt,2},{hd,1},
     {integer_to_binary,1},{integer_to_binary,2},{integer_to_list,1},
     {integer_to_list,2},{iolist_size,1},{iolist_to_binary,1},{is_alive,0},
     {is_atom,1},{is_binary,1},{is_bitstring,1},{is_boolean,1},{is_float,1},
     {is_function,1},{is_function,2},{is_integer,1},{is_list,1},{is_map,1},
     {is_map_key,2},{is_number,1},{is_pid,1},{is_port,1},
     {is_process_alive,1},{is_record,2},{is_record,3},{is_reference,1},
     {is_tuple,1},{length,1},{link,1},{list_to_atom,1},{list_to_binary,1},
     {list_to_bitstring,1},{list_to_existing_atom,1},{list_to_float,1},
     {list_to_integer,1},{list_to_integer,2},{list_to_pid,1},
     {list_to_port,1},{list_to_ref,1},{list_to_tuple,1},{load_module,2},
     {make_ref,0},{map_get,2},{map_size,1},{max,2},{min,2},
     {module_loaded,1},{monitor,2},{monitor,3},{monitor_node,2},{node,0},
     {node,1},{nodes,0},{nodes,1},{nodes,2},{now,0},{open_port,2},
     {pid_to_list,1},{port_close,1},{port_command,2},{port_command,3},
     {port_connect,2},{port_control,3},{port_to_list,1},{pre_loaded,0},
     {process_flag,2},{process_flag,3},{process_info,1},{process_info,2},
     {processes,0},{purge_module,1},{put,2},{ref_to_list,1},{register,2},
     {registered,0},{round,1},{self,0},{setelement,3},{size,1},{spawn,1},
     {spawn,2},{spawn,3},{spawn,4},{spawn_link,1},{spawn_link,2},
     {spawn_link,3},{spawn_link,4},{spawn_monitor,1},{spawn_monitor,2},
     {spawn_monitor,3},{spawn_monitor,4},{spawn_opt,2},{spawn_opt,3},
     {spawn_opt,4},{spawn_opt,5},{spawn_request,1},{spawn_request,2},
     {spawn_request,3},{spawn_request,4},{spawn_request,5},
     {spawn_request_abandon,1},{split_binary,2},{statistics,1},
     {term_to_binary,1},{term_to_binary,2},{term_to_iovec,1},
     {term_to_iovec,2},{throw,1},{time,0},{tl,1},{trunc,1},{tuple_size,1},
     {tuple_to_list,1},{unalias,1},{unlink,1},{unregister,1},{whereis,1}].

%% A BIF call. apply/2,3 are hidden from the non-local function handler, as
%% OTP: the handler sees the applied function instead.
bif(apply, [erlang, apply, As], A, Ef) -> bif(apply, As, A, Ef);
bif(apply, [M, F, As], A, Ef) -> call_mf(M, F, As, A, Ef);
bif(apply, [F, As], A, Ef) -> call_fun(F, As, A, Ef);
bif(F, As, A, Ef) -> call_mf(erlang, F, As, A, Ef).

call_mf(M, F, As, _A, none) -> apply(M, F, As);
call_mf(M, F, As, A, {value, H}) -> call_handler(H, A, {M, F}, As).

%% A fun made here is called directly (OTP hides interpreted funs from the
%% non-local function handler); any other goes to the handler.
call_fun(F, As, _A, none) -> apply_fun(F, As);
call_fun(F, As, A, {value, H}) ->
    case is_function(F) andalso erlang:fun_info(F, module) =:= {module, erl_eval} of
        true -> apply_fun(F, As);
        false -> call_handler(H, A, F, As)
    end.

apply_fun(F, As) when is_function(F) -> apply(F, As);
apply_fun(F, _As) -> erlang:error({badfun, F}).

call_handler(H, A, Func, As) when is_function(H, 3) -> H(A, Func, As);
call_handler(H, _A, Func, As) -> H(Func, As).

%% A call of a local function: the local function handler's business.
local_call(F, As0, Bs0, {value, H} = Lf, Ef) ->
    {As, Bs} = expr_list(As0, Bs0, Lf, Ef),
    {value, H(F, As), Bs};
local_call(F, As0, Bs0, {value, H, Eas}, Ef) ->
    local_call(F, As0, Bs0, {value, fun(N, As) -> apply(H, [N, As | Eas]) end}, Ef);
local_call(F, As0, Bs0, {eval, H}, _Ef) ->
    local_result(H(F, As0, Bs0));
local_call(F, As0, Bs0, {eval, H, Eas}, _Ef) ->
    local_result(apply(H, [F, As0, Bs0 | Eas]));
local_call(F, As0, Bs0, none, Ef) ->
    {value, fail(undef, [{erl_eval, F, length(As0), []} | here()], Ef), Bs0}.

local_result({value, V, Bs}) -> {value, V, Bs};
local_result({eval, F, As, Bs}) -> {value, apply_fun(F, As), Bs}.

%% --- funs ---------------------------------------------------------------------

arity_of([{clause, _, Ps, _, _} | _]) -> length(Ps).

%% A fun keeps the bindings of the variables its clauses name (as OTP keeps
%% those erl_lint:used_vars finds), not the whole environment.
used_bindings(Cs, Bs) ->
    Names = var_names(Cs, #{}),
    [B || {N, _} = B <- Bs, is_map_key(N, Names)].

var_names({var, _, N}, Acc) -> Acc#{N => true};
var_names(T, Acc) when is_tuple(T) -> var_names(tuple_to_list(T), Acc);
var_names([H | T], Acc) -> var_names(T, var_names(H, Acc));
var_names(_, Acc) -> Acc.

%% fun_data(F) -> {fun_data, Bindings, Clauses} | {named_fun_data,
%% Bindings, Name, Clauses} for an interpreted fun, false for any other
%% term (the shell prints an interpreted fun's source with it).
fun_data(F) when is_function(F) ->
    case {erlang:fun_info(F, module), erlang:fun_info(F, env)} of
        {{module, erl_eval}, {env, [{Bs, _Lf, _Ef, Cs}]}} when is_list(Cs) ->
            {fun_data, Bs, Cs};
        {{module, erl_eval}, {env, [{Bs, _Lf, _Ef, Cs, Name}]}} when is_list(Cs) ->
            {named_fun_data, Bs, Name, Cs};
        _ -> false
    end;
fun_data(_) -> false.

eval_fun(As, {Bs, Lf, Ef, Cs}) -> fun_clauses(Cs, As, Bs, Lf, Ef).

eval_named_fun(As, RF, {Bs, Lf, Ef, Cs, Name}) ->
    fun_clauses(Cs, As, add_binding(Name, RF, Bs), Lf, Ef).

%% The head's variables are new (they shadow the closure's); the guard and
%% the body see both.
fun_clauses([{clause, _, Ps, G, Body} | Cs], As, Bs0, Lf, Ef) ->
    case match_list(Ps, As, [], Bs0) of
        {match, Bsn} ->
            Bs = add_bindings(Bsn, Bs0),
            case guard(G, Bs, Lf, Ef) of
                true -> body_value(Body, Bs, Lf, Ef);
                false -> fun_clauses(Cs, As, Bs0, Lf, Ef)
            end;
        nomatch -> fun_clauses(Cs, As, Bs0, Lf, Ef)
    end;
fun_clauses([], As, _Bs, _Lf, Ef) ->
    fail(function_clause, [{erl_eval, '-inside-an-interpreted-fun-', As, []} | here()], Ef).

%% A fun's body gives only its value, and its last expression, when a call
%% (or a case, if or block that ends in one), is a tail call: a loop of
%% interpreted funs runs in constant stack, as OTP's.
body_value([E], Bs, Lf, Ef) -> tail_value(E, Bs, Lf, Ef);
body_value([E | Es], Bs0, Lf, Ef) ->
    {value, _, Bs} = expr(E, Bs0, Lf, Ef),
    body_value(Es, Bs, Lf, Ef).

tail_value({call, _, _, _} = E, Bs, Lf, Ef) ->
    {Call, _} = call_prepare(E, Bs, Lf, Ef),
    call_run(Call, Ef);
tail_value({'case', _, E, Cs}, Bs0, Lf, Ef) ->
    {value, V, Bs} = expr(E, Bs0, Lf, Ef),
    case match_clause(Cs, [V], Bs, Lf, Ef) of
        {Body, Bs1} -> body_value(Body, Bs1, Lf, Ef);
        nomatch -> fail({case_clause, V}, Ef)
    end;
tail_value({'if', _, Cs}, Bs, Lf, Ef) ->
    case if_clauses(Cs, Bs, Lf, Ef) of
        {Body, Bs1} -> body_value(Body, Bs1, Lf, Ef);
        nomatch -> fail(if_clause, Ef)
    end;
tail_value({block, _, Es}, Bs, Lf, Ef) -> body_value(Es, Bs, Lf, Ef);
tail_value({op, A, Op, L0, R0}, Bs0, Lf, Ef) when Op =/= 'andalso', Op =/= 'orelse' ->
    {value, L, _} = expr(L0, Bs0, Lf, Ef),
    {value, R, _} = expr(R0, Bs0, Lf, Ef),
    call_mf(erlang, Op, [L, R], A, Ef);
tail_value({op, A, Op, E}, Bs0, Lf, Ef) ->
    {value, V, _} = expr(E, Bs0, Lf, Ef),
    call_mf(erlang, Op, [V], A, Ef);
tail_value(E, Bs, Lf, Ef) ->
    {value, V, _} = expr(E, Bs, Lf, Ef),
    V.

%% --- clauses ------------------------------------------------------------------

%% match_clause(Clauses, Values, Bindings, Lf) -> {Body, Bindings} | nomatch
match_clause(Cs, Vs, Bs, Lf) -> match_clause(Cs, Vs, Bs, Lf, none).

match_clause([{clause, _, Ps, G, Body} | Cs], Vs, Bs0, Lf, Ef) ->
    case match_list(Ps, Vs, Bs0, Bs0) of
        {match, Bs} ->
            case guard(G, Bs, Lf, Ef) of
                true -> {Body, Bs};
                false -> match_clause(Cs, Vs, Bs0, Lf, Ef)
            end;
        nomatch -> match_clause(Cs, Vs, Bs0, Lf, Ef)
    end;
match_clause([], _Vs, _Bs, _Lf, _Ef) -> nomatch.

if_clauses([{clause, _, [], G, Body} | Cs], Bs, Lf, Ef) ->
    case guard(G, Bs, Lf, Ef) of
        true -> {Body, Bs};
        false -> if_clauses(Cs, Bs, Lf, Ef)
    end;
if_clauses([], _Bs, _Lf, _Ef) -> nomatch.

%% try: an exception of the body goes to the catch clauses, one of an of
%% clause's body does not; the after body runs in any case, its value and
%% bindings dropped.
eval_try(Body, Cases, Catches, After, Bs, Lf, Ef) ->
    try
        Res = try exprs(Body, Bs, Lf, Ef)
              catch Class:Reason:Stack -> {raised, Class, Reason, Stack}
              end,
        try_result(Res, Cases, Catches, Lf, Ef, Bs)
    after
        case After of
            [] -> ok;
            _ -> exprs(After, Bs, Lf, Ef)
        end
    end.

try_result({value, V, Bs1}, [], _Catches, _Lf, _Ef, _Bs) -> {value, V, Bs1};
try_result({value, V, Bs1}, Cases, _Catches, Lf, Ef, _Bs) ->
    case match_clause(Cases, [V], Bs1, Lf, Ef) of
        {Body, Bs2} -> exprs(Body, Bs2, Lf, Ef);
        nomatch -> {value, fail({try_clause, V}, Ef), Bs1}
    end;
try_result({raised, Class, Reason, Stack}, _Cases, Catches, Lf, Ef, Bs) ->
    case match_clause(Catches, [{Class, Reason, Stack}], Bs, Lf, Ef) of
        {Body, Bs2} -> exprs(Body, Bs2, Lf, Ef);
        nomatch -> erlang:raise(Class, Reason, Stack)
    end.

%% receive: the clauses are patterns known only now, so the mailbox is
%% scanned through process_info(self(), messages); the first message a
%% clause matches is then taken out with a real receive of the first message
%% equal to it (an equal message earlier in the queue would have matched
%% too). With no match, beamlet:recv_wait(Seen, T) waits for a message
%% beyond the Seen ones without taking it (OTP's erl_eval has
%% prim_eval:'receive'/2 for this).  T is the same on every wait: as in a
%% compiled receive, the timer armed by the first wait keeps its deadline
%% until the receive takes a message or times out.
eval_receive([], T, After, Bs, Lf, Ef) ->
    check_timeout(T),
    receive after T -> exprs(After, Bs, Lf, Ef) end;
eval_receive(Cs, T, After, Bs, Lf, Ef) ->
    check_timeout(T),
    recv_scan(Cs, T, After, Bs, Lf, Ef, 0).

check_timeout(infinity) -> ok;
check_timeout(T) when is_integer(T), T >= 0 -> ok;
check_timeout(_) ->
    %% OTP's receive is prim_eval's, which raises this
    erlang:raise(error, timeout_value, [{prim_eval, 'receive', 2, []} | here()]).

recv_scan(Cs, T, After, Bs, Lf, Ef, Seen) ->
    {messages, Ms} = process_info(self(), messages),
    case recv_match(lists:nthtail(Seen, Ms), Cs, Bs, Lf, Ef) of
        {M, Body, Bs1} ->
            receive X when X =:= M -> ok end,
            exprs(Body, Bs1, Lf, Ef);
        nomatch ->
            case beamlet:recv_wait(length(Ms), T) of
                true -> recv_scan(Cs, T, After, Bs, Lf, Ef, length(Ms));
                timeout -> exprs(After, Bs, Lf, Ef)
            end
    end.

recv_match([M | Ms], Cs, Bs, Lf, Ef) ->
    case match_clause(Cs, [M], Bs, Lf, Ef) of
        {Body, Bs1} -> {M, Body, Bs1};
        nomatch -> recv_match(Ms, Cs, Bs, Lf, Ef)
    end;
recv_match([], _Cs, _Bs, _Lf, _Ef) -> nomatch.

%% --- guards -------------------------------------------------------------------

%% A guard sequence: alternatives of conjunctions; a test that raises or is
%% not exactly true fails its alternative.
guard([], _Bs, _Lf, _Ef) -> true;
guard(Gs, Bs, Lf, Ef) -> guard_or(Gs, Bs, Lf, Ef).

guard_or([G | Gs], Bs, Lf, Ef) ->
    case guard_and(G, Bs, Lf, Ef) of
        true -> true;
        false -> guard_or(Gs, Bs, Lf, Ef)
    end;
guard_or([], _Bs, _Lf, _Ef) -> false.

guard_and([T | Ts], Bs, Lf, Ef) ->
    case guard_test(T, Bs, Lf, Ef) of
        true -> guard_and(Ts, Bs, Lf, Ef);
        false -> false
    end;
guard_and([], _Bs, _Lf, _Ef) -> true.

guard_test(T, Bs, _Lf, Ef) ->
    try expr(T, Bs, none, Ef) of
        {value, true, _} -> true;
        _ -> false
    catch error:_ -> false
    end.

%% erl_lint:is_guard_test/1: a comprehension filter that is one is
%% evaluated as a guard (errors and non-booleans are false), any other must
%% give a boolean.
is_guard_test(E) -> is_guard_expr(E).

is_guard_expr({var, _, _}) -> true;
is_guard_expr({integer, _, _}) -> true;
is_guard_expr({char, _, _}) -> true;
is_guard_expr({float, _, _}) -> true;
is_guard_expr({atom, _, _}) -> true;
is_guard_expr({string, _, _}) -> true;
is_guard_expr({nil, _}) -> true;
is_guard_expr({cons, _, H, T}) -> is_guard_expr(H) andalso is_guard_expr(T);
is_guard_expr({tuple, _, Es}) -> all_guard_exprs(Es);
is_guard_expr({map, _, Fs}) -> lists:all(fun is_guard_field/1, Fs);
is_guard_expr({map, _, M, Fs}) -> is_guard_expr(M) andalso lists:all(fun is_guard_field/1, Fs);
is_guard_expr({bin, _, Segs}) ->
    lists:all(fun({bin_element, _, V, S, _}) ->
                      is_guard_expr(V) andalso (S =:= default orelse is_guard_expr(S))
              end, Segs);
is_guard_expr({op, _, Op, A}) -> is_op(Op, 1) andalso is_guard_expr(A);
is_guard_expr({op, _, Op, L, R}) ->
    (is_op(Op, 2) orelse Op =:= 'andalso' orelse Op =:= 'orelse')
        andalso is_guard_expr(L) andalso is_guard_expr(R);
is_guard_expr({call, _, {atom, _, F}, As}) ->
    is_guard_bif(F, length(As)) andalso all_guard_exprs(As);
is_guard_expr({call, _, {remote, _, {atom, _, erlang}, {atom, _, F}}, As}) ->
    (is_guard_bif(F, length(As)) orelse is_op(F, length(As))) andalso all_guard_exprs(As);
is_guard_expr(_) -> false.

all_guard_exprs(Es) -> lists:all(fun is_guard_expr/1, Es).

is_guard_field({map_field_assoc, _, K, V}) -> is_guard_expr(K) andalso is_guard_expr(V);
is_guard_field({map_field_exact, _, K, V}) -> is_guard_expr(K) andalso is_guard_expr(V).

%% erl_internal:guard_bif/2 of OTP 25.
is_guard_bif(F, A) ->
    lists:member({F, A},
                 [{abs,1},{binary_part,2},{binary_part,3},{bit_size,1},{byte_size,1},
                  {ceil,1},{element,2},{float,1},{floor,1},{hd,1},{is_atom,1},
                  {is_binary,1},{is_bitstring,1},{is_boolean,1},{is_float,1},
                  {is_function,1},{is_function,2},{is_integer,1},{is_list,1},
                  {is_map,1},{is_map_key,2},{is_number,1},{is_pid,1},{is_port,1},
                  {is_record,2},{is_record,3},{is_reference,1},{is_tuple,1},
                  {length,1},{map_get,2},{map_size,1},{node,0},{node,1},{round,1},
                  {self,0},{size,1},{tl,1},{trunc,1},{tuple_size,1}]).

%% The operators allowed in guards (erl_internal's arith, bool and comp ops).
is_op(Op, 1) -> lists:member(Op, ['+', '-', 'bnot', 'not']);
is_op(Op, 2) ->
    lists:member(Op, ['+', '-', '*', '/', 'div', 'rem', 'band', 'bor', 'bxor',
                      'bsl', 'bsr', 'and', 'or', 'xor', '==', '/=', '=<', '<',
                      '>=', '>', '=:=', '=/=']);
is_op(_, _) -> false.

%% --- comprehensions -----------------------------------------------------------

%% lc(E, Qualifiers, ...) -> the values, newest first, on top of Acc.
%% A generator's pattern variables are new (they shadow outer ones).
lc(E, [{generate, _, P, L0} | Qs], Bs, Lf, Ef, Acc) ->
    {value, L, _} = expr(L0, Bs, Lf, Ef),
    gen_list(P, L, Bs, Ef, fun(Bs1, Acc1) -> lc(E, Qs, Bs1, Lf, Ef, Acc1) end, Acc);
lc(E, [{b_generate, _, P, B0} | Qs], Bs, Lf, Ef, Acc) ->
    {value, B, _} = expr(B0, Bs, Lf, Ef),
    gen_bits(P, B, Bs, Lf, Ef, fun(Bs1, Acc1) -> lc(E, Qs, Bs1, Lf, Ef, Acc1) end, Acc);
lc(E, [F | Qs], Bs, Lf, Ef, Acc) ->
    filter(F, Bs, Lf, Ef, fun(Bs1) -> lc(E, Qs, Bs1, Lf, Ef, Acc) end, Acc);
lc(E, [], Bs, Lf, Ef, Acc) ->
    {value, V, _} = expr(E, Bs, Lf, Ef),
    [V | Acc].

bc(E, [{generate, _, P, L0} | Qs], Bs, Lf, Ef, Acc) ->
    {value, L, _} = expr(L0, Bs, Lf, Ef),
    gen_list(P, L, Bs, Ef, fun(Bs1, Acc1) -> bc(E, Qs, Bs1, Lf, Ef, Acc1) end, Acc);
bc(E, [{b_generate, _, P, B0} | Qs], Bs, Lf, Ef, Acc) ->
    {value, B, _} = expr(B0, Bs, Lf, Ef),
    gen_bits(P, B, Bs, Lf, Ef, fun(Bs1, Acc1) -> bc(E, Qs, Bs1, Lf, Ef, Acc1) end, Acc);
bc(E, [F | Qs], Bs, Lf, Ef, Acc) ->
    filter(F, Bs, Lf, Ef, fun(Bs1) -> bc(E, Qs, Bs1, Lf, Ef, Acc) end, Acc);
bc(E, [], Bs, Lf, Ef, Acc) ->
    case expr(E, Bs, Lf, Ef) of
        {value, V, _} when is_bitstring(V) -> [V | Acc];
        {value, V, _} ->
            %% as OTP's: the shell says "construction of binary failed"
            Info = #{cause => {2, binary, type, V}, function => format_bs_fail,
                     module => erl_erts_errors},
            erlang:raise(error, badarg,
                         [{erl_eval, eval_bc1, 7,
                           [{file, "erl_eval.erl"}, {line, 798}, {error_info, Info}]}
                          | here()])
    end.

gen_list(P, [H | T], Bs, Ef, More, Acc) ->
    case match(P, H, [], Bs) of
        {match, Bsn} -> gen_list(P, T, Bs, Ef, More, More(add_bindings(Bsn, Bs), Acc));
        nomatch -> gen_list(P, T, Bs, Ef, More, Acc)
    end;
gen_list(_P, [], _Bs, _Ef, _More, Acc) -> Acc;
gen_list(_P, T, _Bs, Ef, _More, Acc) -> _ = fail({bad_generator, T}, Ef), Acc.

%% A bitstring generator takes P's segments off the front again and again;
%% an element whose values do not match is skipped, and the generator ends
%% where the rest is too short for the pattern.
gen_bits({bin, _, Segs}, B, Bs, _Lf, _Ef, More, Acc) when is_bitstring(B) ->
    gen_bits1(Segs, B, Bs, More, Acc);
gen_bits(_P, B, _Bs, _Lf, Ef, _More, Acc) -> _ = fail({bad_generator, B}, Ef), Acc.

%% An element that takes no bits (<<X/binary>> once the rest is empty)
%% would come again forever (OTP's erl_eval hangs there): it ends the
%% generator.
gen_bits1(Segs, B, Bs, More, Acc) ->
    case bits_match(Segs, B, [], Bs, false) of
        {match, Bsn, Rest} when Rest =/= B ->
            gen_bits1(Segs, Rest, Bs, More, More(add_bindings(Bsn, Bs), Acc));
        {skip, Rest} when Rest =/= B -> gen_bits1(Segs, Rest, Bs, More, Acc);
        _ -> Acc
    end.

filter(F, Bs, Lf, Ef, More, Acc) ->
    case is_guard_test(F) of
        true ->
            case guard_test(F, Bs, Lf, Ef) of
                true -> More(Bs);
                false -> Acc
            end;
        false ->
            case expr(F, Bs, Lf, Ef) of
                {value, true, Bs1} -> More(Bs1);
                {value, false, _} -> Acc;
                {value, V, _} -> _ = fail({bad_filter, V}, Ef), Acc
            end
    end.

%% --- patterns -----------------------------------------------------------------

%% match(Pattern, Value, Bs, BBs) -> {match, Bs1} | nomatch. Bs holds the
%% variables the pattern compares or binds; BBs those that binary sizes and
%% map keys may use (as OTP: in a fun head, Bs is empty and BBs the closure).
match({var, _, '_'}, _V, Bs, _BBs) -> {match, Bs};
match({var, _, N}, V, Bs, _BBs) ->
    case binding(N, Bs) of
        {value, V0} when V0 =:= V -> {match, Bs};
        {value, _} -> nomatch;
        unbound -> {match, add_binding(N, V, Bs)}
    end;
match({integer, _, I}, V, Bs, _BBs) -> literal(I, V, Bs);
match({char, _, C}, V, Bs, _BBs) -> literal(C, V, Bs);
match({float, _, F}, V, Bs, _BBs) -> literal(F, V, Bs);
match({atom, _, A}, V, Bs, _BBs) -> literal(A, V, Bs);
match({string, _, S}, V, Bs, _BBs) -> literal(S, V, Bs);
match({nil, _}, V, Bs, _BBs) -> literal([], V, Bs);
match({cons, _, H, T}, [Vh | Vt], Bs0, BBs) ->
    case match(H, Vh, Bs0, BBs) of
        {match, Bs} -> match(T, Vt, Bs, BBs);
        nomatch -> nomatch
    end;
match({cons, _, _, _}, _V, _Bs, _BBs) -> nomatch;
match({tuple, _, Ps}, V, Bs, BBs) when is_tuple(V), tuple_size(V) =:= length(Ps) ->
    match_list(Ps, tuple_to_list(V), Bs, BBs);
match({tuple, _, _}, _V, _Bs, _BBs) -> nomatch;
match({match, _, P1, P2}, V, Bs0, BBs) ->
    case match(P1, V, Bs0, BBs) of
        {match, Bs} -> match(P2, V, Bs, BBs);
        nomatch -> nomatch
    end;
match({op, _, '++', {nil, _}, P}, V, Bs, BBs) -> match(P, V, Bs, BBs);
match({op, A, '++', {cons, Ac, H, T}, P}, V, Bs, BBs) ->
    match({cons, Ac, H, {op, A, '++', T, P}}, V, Bs, BBs);
match({op, _, '++', {string, As, S}, P}, V, Bs, BBs) ->
    match(lists:foldr(fun(C, Acc) -> {cons, As, {char, As, C}, Acc} end, P, S), V, Bs, BBs);
match({op, _, _, _} = E, V, Bs, _BBs) -> constant_pattern(E, V, Bs);
match({op, _, _, _, _} = E, V, Bs, _BBs) -> constant_pattern(E, V, Bs);
match({map, _, Fs}, V, Bs, BBs) when is_map(V) -> match_map(Fs, V, Bs, BBs);
match({map, _, _}, _V, _Bs, _BBs) -> nomatch;
match({bin, _, Segs}, V, Bs0, BBs) when is_bitstring(V) ->
    case bits_match(Segs, V, Bs0, BBs, true) of
        {match, Bs, <<>>} -> {match, Bs};
        _ -> nomatch
    end;
match({bin, _, _}, _V, _Bs, _BBs) -> nomatch;
match(P, _V, _Bs, _BBs) -> erlang:error({illegal_pattern, P}).

literal(L, V, Bs) when L =:= V -> {match, Bs};
literal(_, _, _) -> nomatch.

match_list([P | Ps], [V | Vs], Bs0, BBs) ->
    case match(P, V, Bs0, BBs) of
        {match, Bs} -> match_list(Ps, Vs, Bs, BBs);
        nomatch -> nomatch
    end;
match_list([], [], Bs, _BBs) -> {match, Bs};
match_list(_, _, _, _) -> nomatch.

%% An operator in a pattern is a constant expression (-1, 1 + 2, "a" ++ ...).
constant_pattern(E, V, Bs) ->
    {value, C, _} = expr(E, [], none, none),
    literal(C, V, Bs).

%% A map pattern's keys are guard expressions of the bindings before it.
match_map([{map_field_exact, _, K0, P} | Fs], M, Bs0, BBs) ->
    case pattern_expr(K0, add_bindings(Bs0, BBs)) of
        {ok, K} ->
            case maps:find(K, M) of
                {ok, V} ->
                    case match(P, V, Bs0, BBs) of
                        {match, Bs} -> match_map(Fs, M, Bs, BBs);
                        nomatch -> nomatch
                    end;
                error -> nomatch
            end;
        error -> nomatch
    end;
match_map([], _M, Bs, _BBs) -> {match, Bs}.

%% A guard expression inside a pattern (a size, a map key): one that raises
%% makes the match fail.
pattern_expr(E, Bs) ->
    try expr(E, Bs, none, none) of
        {value, V, _} -> {ok, V}
    catch error:_ -> error
    end.

%% --- bit syntax ---------------------------------------------------------------

%% A segment's type specifiers: {Type, Signedness, Endianness, Unit}.
bits_spec(default, Type0) -> bits_spec([], Type0);
bits_spec(Tsl, Type0) ->
    Type = lists:foldl(fun(integer, _) -> integer;
                          (float, _) -> float;
                          (binary, _) -> binary;
                          (bytes, _) -> binary;
                          (bitstring, _) -> bitstring;
                          (bits, _) -> bitstring;
                          (utf8, _) -> utf8;
                          (utf16, _) -> utf16;
                          (utf32, _) -> utf32;
                          (_, T) -> T
                       end, Type0, Tsl),
    Sign = case lists:member(signed, Tsl) of
               true -> signed;
               false -> unsigned
           end,
    Endian = case lists:member(little, Tsl) of
                 true -> little;
                 false ->
                     case lists:member(native, Tsl) of
                         true -> native();
                         false -> big
                     end
             end,
    Unit = case lists:keyfind(unit, 1, Tsl) of
               {unit, U} -> U;
               false -> default_unit(Type)
           end,
    {Type, Sign, Endian, Unit}.

native() ->
    case <<1:16/native>> of
        <<1:16/little>> -> little;
        _ -> big
    end.

default_unit(binary) -> 8;
default_unit(_) -> 1.

default_size(integer) -> 8;
default_size(float) -> 64;
default_size(_) -> all.

%% A string value in a segment stands for one segment per character.
expand_strings([{bin_element, A, {string, As, S}, Size, Tsl} | Segs]) ->
    [{bin_element, A, {char, As, C}, Size, Tsl} || C <- S] ++ expand_strings(Segs);
expand_strings([Seg | Segs]) -> [Seg | expand_strings(Segs)];
expand_strings([]) -> [].

%% Construction: the segments' values and sizes evaluated in order, their
%% bindings threaded (as OTP's eval_bits). -> {value, Bitstring, Bs}
bin_construct(Segs, Bs, Lf, Ef, Acc) ->
    Numbered = lists:zip(lists:seq(1, length(Segs)), Segs),
    bin_construct1([{N, S} || {N, Seg} <- Numbered, S <- expand_strings([Seg])],
                   Bs, Lf, Ef, Acc).

bin_construct1([{N, {bin_element, _, V0, Size0, Tsl}} | Segs], Bs0, Lf, Ef, Acc) ->
    {value, V, Bs1} = expr(V0, Bs0, Lf, Ef),
    {Type, _Sign, Endian, Unit} = bits_spec(Tsl, integer),
    {Size, Bs2} = case Size0 of
                      default -> {default_size(Type), Bs1};
                      _ ->
                          {value, S, Bs} = expr(Size0, Bs1, Lf, Ef),
                          {S, Bs}
                  end,
    Piece = bits_build(N, Type, Endian, V, Size, Unit),
    bin_construct1(Segs, Bs2, Lf, Ef, [Piece | Acc]);
bin_construct1([], Bs, _Lf, _Ef, Acc) ->
    {value, list_to_bitstring(lists:reverse(Acc)), Bs}.

%% One segment (the N:th as written) built, or badarg raised with the
%% stack OTP's eval_bits raises it with (its frames, lines and error_info
%% cause), so that the shell explains it as OTP's does ("construction of
%% binary failed ... segment 1 of type 'integer': expected an integer but
%% got: a"). Errors of construction do not go through Ef, as in OTP 25.
bits_build(N, _Type, _Endian, _V, Size, Unit) when Size =/= all, not is_number(Size) ->
    bits_bif_fail(N, '*', [Size, Unit]);
bits_build(N, integer, Endian, V, Size, Unit) ->
    Bits = Size * Unit,
    if
        not is_integer(Bits) orelse Bits < 0 -> bits_fail(N, 143, integer, size, Bits);
        not is_integer(V) -> bits_fail(N, 143, integer, type, V);
        true ->
            try int_build(Endian, V, Bits)
            catch error:system_limit -> bits_fail(system_limit, N, 143, integer, size, Bits)
            end
    end;
bits_build(N, float, Endian, V, Size, Unit) ->
    Bits = Size * Unit,
    if
        not is_integer(Bits) orelse Bits < 0 -> bits_fail(N, 163, float, size, Bits);
        not is_number(V) -> bits_fail(N, 163, float, type, V);
        Bits =/= 16, Bits =/= 32, Bits =/= 64 -> bits_fail(N, 163, float, invalid, Bits);
        true ->
            try float_build(Endian, V, Bits)
            catch error:_ -> bits_fail(N, 163, float, no_float, V)
            end
    end;
bits_build(N, Type, _Endian, V, all, Unit) when Type =:= binary; Type =:= bitstring ->
    if
        not is_bitstring(V) -> bits_bif_fail(N, bit_size, [V]);
        bit_size(V) rem Unit =/= 0 ->
            erlang:raise(error, badarg,
                         [{eval_bits, eval_exp_field, 6, [{file, "eval_bits.erl"}, {line, 169}]}
                          | bits_frames()]);
        true -> V
    end;
bits_build(N, Type, _Endian, V, Size, Unit) when Type =:= binary; Type =:= bitstring ->
    Bits = Size * Unit,
    if
        not is_integer(Bits) orelse Bits < 0 -> bits_fail(N, 172, binary, size, Bits);
        not is_bitstring(V) -> bits_fail(N, 172, binary, type, V);
        bit_size(V) < Bits -> bits_fail(N, 172, binary, short, V);
        true ->
            <<Take:Bits/bits, _/bits>> = V,
            Take
    end;
bits_build(N, Type, Endian, V, _Size, _Unit) ->
    try utf_build(Type, Endian, V)
    catch error:_ -> bits_fail(N, utf_line(Type), Type, type, V)
    end.

int_build(little, V, Bits) -> <<V:Bits/little>>;
int_build(big, V, Bits) -> <<V:Bits>>.

float_build(big, V, 64) -> <<V:64/float>>;
float_build(big, V, 32) -> <<V:32/float>>;
float_build(big, V, 16) -> <<V:16/float>>;
float_build(little, V, 64) -> <<V:64/float-little>>;
float_build(little, V, 32) -> <<V:32/float-little>>;
float_build(little, V, 16) -> <<V:16/float-little>>.

utf_build(utf8, _, V) -> <<V/utf8>>;
utf_build(utf16, big, V) -> <<V/utf16>>;
utf_build(utf16, little, V) -> <<V/utf16-little>>;
utf_build(utf32, big, V) -> <<V/utf32>>;
utf_build(utf32, little, V) -> <<V/utf32-little>>.

utf_line(utf8) -> 145;
utf_line(utf16) -> 147;
utf_line(utf32) -> 153.

bits_fail(N, Line, Type, What, V) -> bits_fail(badarg, N, Line, Type, What, V).

bits_fail(Reason, N, Line, Type, What, V) ->
    Info = #{cause => {1, Type, What, V}, function => format_bs_fail,
             module => erl_erts_errors, override_segment_position => N},
    erlang:raise(error, Reason,
                 [{eval_bits, eval_exp_field, 6,
                   [{file, "eval_bits.erl"}, {line, Line}, {error_info, Info}]}
                  | bits_frames()]).

%% A size or value that the BIF computing the segment's size refuses.
bits_bif_fail(N, F, Args) ->
    Info = #{module => erl_erts_errors, override_segment_position => N},
    erlang:raise(error, badarg,
                 [{erlang, F, Args, [{error_info, Info}]},
                  {eval_bits, eval_exp_field1, 9, [{file, "eval_bits.erl"}, {line, 114}]}
                  | bits_frames()]).

bits_frames() ->
    [{eval_bits, create_binary, 2, [{file, "eval_bits.erl"}, {line, 77}]},
     {eval_bits, expr_grp, 5, [{file, "eval_bits.erl"}, {line, 68}]}
     | here()].

%% Matching: bits_match(Segs, Bits, Bs, BBs, Strict) -> {match, Bs1, Rest}
%% | {skip, Rest} | done. Strict (a pattern): a value that does not match
%% ends it (nomatch, as done); not strict (a bitstring generator): the
%% element is consumed and skipped.
bits_match(Segs, Bits, Bs, BBs, Strict) ->
    bits_match1(expand_strings(Segs), Bits, Bs, BBs, Strict, match).

bits_match1([{bin_element, _, P, Size0, Tsl} | Segs], Bits, Bs0, BBs, Strict, State) ->
    {Type, Sign, Endian, Unit} = bits_spec(Tsl, integer),
    Size = case Size0 of
               default -> {ok, default_size(Type)};
               _ -> pattern_expr(Size0, add_bindings(Bs0, BBs))
           end,
    case bits_take(Type, Sign, Endian, Unit, Size, Segs =:= [], Bits) of
        {V, Rest} ->
            case match(P, V, Bs0, BBs) of
                {match, Bs} -> bits_match1(Segs, Rest, Bs, BBs, Strict, State);
                nomatch when Strict -> done;
                nomatch -> bits_match1(Segs, Rest, Bs0, BBs, Strict, skip)
            end;
        error -> done
    end;
bits_match1([], Rest, Bs, _BBs, _Strict, match) -> {match, Bs, Rest};
bits_match1([], Rest, _Bs, _BBs, _Strict, skip) -> {skip, Rest}.

%% bits_take(...) -> {Value, Rest} | error
bits_take(integer, Sign, Endian, Unit, {ok, S}, _Last, Bits)
  when is_integer(S), S >= 0 ->
    int_take(Sign, Endian, S * Unit, Bits);
bits_take(float, _Sign, Endian, Unit, {ok, S}, _Last, Bits) when is_integer(S) ->
    float_take(Endian, S * Unit, Bits);
bits_take(Type, _Sign, _Endian, Unit, {ok, all}, true, Bits)
  when Type =:= binary; Type =:= bitstring ->
    case bit_size(Bits) rem Unit of
        0 -> {Bits, <<>>};
        _ -> error
    end;
bits_take(Type, _Sign, _Endian, Unit, {ok, S}, _Last, Bits)
  when (Type =:= binary orelse Type =:= bitstring), is_integer(S), S >= 0 ->
    N = S * Unit,
    case Bits of
        <<V:N/bits, Rest/bits>> -> {V, Rest};
        _ -> error
    end;
bits_take(utf8, _Sign, _Endian, _Unit, _Size, _Last, <<V/utf8, Rest/bits>>) -> {V, Rest};
bits_take(utf16, _Sign, big, _Unit, _Size, _Last, <<V/utf16, Rest/bits>>) -> {V, Rest};
bits_take(utf16, _Sign, little, _Unit, _Size, _Last, <<V/utf16-little, Rest/bits>>) -> {V, Rest};
bits_take(utf32, _Sign, big, _Unit, _Size, _Last, <<V/utf32, Rest/bits>>) -> {V, Rest};
bits_take(utf32, _Sign, little, _Unit, _Size, _Last, <<V/utf32-little, Rest/bits>>) -> {V, Rest};
bits_take(_Type, _Sign, _Endian, _Unit, _Size, _Last, _Bits) -> error.

int_take(unsigned, big, N, Bits) ->
    case Bits of
        <<V:N, Rest/bits>> -> {V, Rest};
        _ -> error
    end;
int_take(signed, big, N, Bits) ->
    case Bits of
        <<V:N/signed, Rest/bits>> -> {V, Rest};
        _ -> error
    end;
int_take(unsigned, little, N, Bits) ->
    case Bits of
        <<V:N/little, Rest/bits>> -> {V, Rest};
        _ -> error
    end;
int_take(signed, little, N, Bits) ->
    case Bits of
        <<V:N/little-signed, Rest/bits>> -> {V, Rest};
        _ -> error
    end.

float_take(big, 64, <<V:64/float, Rest/bits>>) -> {V, Rest};
float_take(big, 32, <<V:32/float, Rest/bits>>) -> {V, Rest};
float_take(big, 16, <<V:16/float, Rest/bits>>) -> {V, Rest};
float_take(little, 64, <<V:64/float-little, Rest/bits>>) -> {V, Rest};
float_take(little, 32, <<V:32/float-little, Rest/bits>>) -> {V, Rest};
float_take(little, 16, <<V:16/float-little, Rest/bits>>) -> {V, Rest};
float_take(_, _, _) -> error.

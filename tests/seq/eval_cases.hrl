%% eval_cases.hrl — what the eval_* tests share: each runs its cases()
%% (a command's text and its abstract format as OTP's erl_parse makes it)
%% through erl_eval in the mode the case names, and prints the result, or
%% the exception's class and reason, with funs, pids and refs replaced by
%% atoms (their text differs between VMs).

main(_) ->
    lists:foreach(fun run/1, cases()).

run({Mode, Src, Es}) ->
    R = try eval(Mode, Es) of
            {value, V, Bs} -> {value, clean(V), clean(Bs)}
        catch
            Class:Reason -> {Class, clean(Reason)}
        end,
    io:format("~s~n    ~p~n", [Src, R]).

eval(exprs, Es) -> erl_eval:exprs(Es, erl_eval:new_bindings(), none);
eval(exprs2, Es) -> erl_eval:exprs(Es, erl_eval:new_bindings());
eval(expr2, [E]) -> erl_eval:expr(E, erl_eval:new_bindings());
eval(expr, [E]) -> erl_eval:expr(E, erl_eval:new_bindings(), none);
eval(exprs_bound, Es) ->
    erl_eval:exprs(Es, erl_eval:add_binding('B', 2, erl_eval:add_binding('A', 1, [])), none);
eval(lf_value, Es) ->
    erl_eval:exprs(Es, [], {value, fun(Name, Args) -> {local, Name, Args} end});
eval(lf_eval, Es) ->
    Lf = {eval, fun(Name, As, Bs) ->
                        {Vs, Bs1} = erl_eval:expr_list(As, Bs),
                        {value, {evaluated, Name, Vs}, erl_eval:add_binding('Called', Name, Bs1)}
                end},
    erl_eval:exprs(Es, [], Lf);
eval(ef_value, Es) ->
    Ef = {value, fun({erlang, raise}, [C, R, _Stack]) -> {raised, C, clean(R)};
                    (Func, Args) -> {nonlocal, clean(Func), Args}
                 end},
    erl_eval:exprs(Es, [], none, Ef);
eval(ef_shell, Es) ->
    %% the non-local function handler OTP's shell passes
    Ef = {value, fun({M, F}, As) -> apply(M, F, As);
                    (Fun, As) -> apply(Fun, As)
                 end},
    erl_eval:exprs(Es, [], none, Ef);
eval(ef_apply, Es) ->
    Ef = {value, fun({M, F}, Args) -> put(calls, [{M, F} | get_calls()]), apply(M, F, Args);
                    (F, Args) -> put(calls, [clean(F) | get_calls()]), apply(F, Args)
                 end},
    put(calls, []),
    {value, V, Bs} = erl_eval:exprs(Es, [], none, Ef),
    {value, {V, lists:reverse(get(calls))}, Bs}.

get_calls() ->
    case get(calls) of
        undefined -> [];
        L -> L
    end.

clean(F) when is_function(F) ->
    case erlang:fun_info(F, type) of
        {type, external} -> F;
        _ ->
            {module, M} = erlang:fun_info(F, module),
            {arity, A} = erlang:fun_info(F, arity),
            {fun_of, M, A}
    end;
clean(P) when is_pid(P) -> pid;
clean(R) when is_reference(R) -> ref;
clean([H | T]) -> [clean(H) | clean(T)];
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean(M) when is_map(M) -> maps:from_list(clean(maps:to_list(M)));
clean(X) -> X.

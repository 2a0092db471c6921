%% pp_test.erl — stdlib/erl_pp.erl against OTP's erl_pp: each expression
%% text is parsed (beamlet:parse_command on beamlet, erl_scan + erl_parse
%% on OTP, main(["otp"])) and printed with erl_pp:expr/1, erl_pp:exprs/3
%% (indent 4, as the shell's h()) and as the shell's b() prints a binding
%% (unicode and latin1).
-module(pp_test).
-export([main/1]).

cases() ->
    ["X * 2", "F = fun(X) -> X * 2 end", "fun(X) -> X end",
     "fun(0) -> a; (N) when N > 0 -> b end",
     "[1, 2, {a, \"b\"}, $c, 1.5, 'A b', <<1, X:8/little>>, #{a => 1}, M#{b := 2}]",
     "case X of 1 -> a; _ -> b end", "if X > 0 -> a; true -> b end", "begin a, b end",
     "receive X -> X after 10 -> ok end", "receive {a, X} when X > 1 -> X end",
     "try f(X) of Y -> Y catch E:R -> R after ok end", "try a catch _ -> b end",
     "try a catch error:R:S when R =/= x -> S end",
     "catch f(x)", "[X || X <- L, X > 1]", "<< <<X>> || <<X>> <= B >>", "fun lists:map/2", "fun f/1",
     "fun M:F/2", "- X + (- 1)", "not X andalso Y orelse Z", "(A + B) * C", "A + B * C", "A - (B - C)",
     "m:f(1, 2)", "self() ! {a, b}", "X = Y = 3", "#r{a = 1}", "X#r.a", "#r.a", "X#r{b = 2}",
     "fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end",
     "lists:map(fun(X) -> X + 1 end, [1, 2, 3])", "{ok, fun() -> ok end}",
     "f(aaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccc, dddddddddddddd)",
     "[aaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc, dddddddddddddddd]",
     "X = 1, Y = 2", "-1", "1 - -1", "[H | T]", "[1, 2 | T]", "\"abc\"", "<<\"abc\">>",
     "<<\"abc\"/utf8>>", "<<X:4/unit:8-big, Y/binary>>", "1.0e10", "0.1", "123456789012345678901234567890",
     "$\\n", "$ ", "$a", "\"a\\tb\\\"c\\\\\\e\"", "'hello world'", "'B'", "[]", "{}", "#{}", "<<>>",
     "fun(X) -> Y = X + 1, Y * 2 end", "F = fun(X) when X > 1 -> X; (_) -> 0 end",
     "F = fun(X, Y) when is_integer(X), X > 0; is_float(Y) -> {X, Y} end",
     "erlang:length([1]), erlang:float(1), erlang:foo(1)",
     "\"a long string that goes on and on and on and on and on and on and on and on and on and on\"",
     "{a, \"a long string that goes on and on and on and on and on and on and on and on and on\"}",
     "case X of {ok, Value} when is_integer(Value), Value > 100 -> {big, Value}; {ok, V} -> {small, V}; error -> none end",
     "A = [{item, N, \"name\"} || N <- lists:seq(1, 12), N rem 2 =:= 0]",
     "io:format(\"~p~n\", [X])", "X#{a => 1}#{b => 2}", "(catch 1) + 2", "- (1 + 2)", "(X = 1) + 2",
     "#{a => 1, b => [1, 2, 3], c => {x, y}, d => \"a string\", e => 1.5, f => fun(X) -> X end}",
     "\"caf\x{e9} \x{444}\x{7}\x{80}\"", "[$\x{e9}, $\x{444}, $\x{0}]", "'caf\x{e9}'",
     "fun(X) -> case X of {a, B} -> receive B -> ok after 1000 -> timeout end; _ -> try X() catch _:_ -> error end end end",
     "fun(State, Msg) -> NewState = handle(Msg, State), io:format(\"~p -> ~p~n\", [State, NewState]), {ok, NewState} end",
     "F = fun Loop(0, Acc) -> Acc; Loop(N, Acc) when N > 0 -> Loop(N - 1, [N | Acc]) end",
     "lists:foldl(fun(X, Acc) -> X + Acc end, 0, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])",
     "{aaaaaaaaaaaaaaaaaaaaaaaaaa, {bbbbbbbbbbbbbbbbbbbbbbbbbbbbb, [cccccccccccccccccc, ddddddddddddddddddd]}}",
     "X = 1, Y = X + 1, Z = {X, Y}, [Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z, Z]",
     "begin X = 1 end", "if true -> ok end", "1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20",
     "A andalso B", "not (A andalso B)", "-(-X)", "bnot 1 band 2", "X#r.a#r.b", "1 #r{}", "fun f/1 #r{}",
     "<<(X + 1):8, -1:8/signed, (f(X))/binary>>", "[X || {X, _} <- L, is_atom(X), _ <- [1]]"].

main(Args) ->
    Otp = Args =:= ["otp"],
    lists:foreach(fun(S) -> run(Otp, S) end, cases()),
    %% forms the shell builds itself: a value (v(N) in a command), a fun
    %% binding from erl_eval's clauses (anno 0)
    V = {value, 1, {a, "b", [1, 2.5], #{k => v}}},
    io:format("== value~n~ts~n~ts~n", [erl_pp:expr(V), erl_pp:exprs([V, {atom, 1, x}], 3, [{encoding, unicode}])]),
    Fun = {'fun', 0, {clauses, [{clause, 0, [{var, 0, 'X'}], [], [{op, 0, '*', {var, 0, 'X'}, {integer, 0, 2}}]}]}},
    io:format("== fun binding~n~ts~n", [erl_pp:expr({match, 0, {var, 0, 'F'}, Fun}, [{encoding, unicode}])]).

run(Otp, S) ->
    Es = case Otp of
             true ->
                 {ok, T, _} = erl_scan:string(S ++ "."),
                 {ok, Es0} = erl_parse:parse_exprs(T),
                 Es0;
             false ->
                 case beamlet:parse_command(S ++ ".\n", [], true) of
                     {ok, Es0, _} -> Es0;
                     {lint_error, Es0, _, _} -> Es0
                 end
         end,
    E = hd(Es),
    A = element(2, E),
    Outs = [erl_pp:expr(E), erl_pp:exprs(Es, 4, [{encoding, unicode}]),
            erl_pp:expr({match, A, {var, A, 'B'}, E}, [{encoding, unicode}]),
            erl_pp:expr({match, A, {var, A, 'Double'}, E}, [{encoding, latin1}])],
    %% the lengths tell \x{444} (latin1) from the character (unicode),
    %% which a latin1 standard output would print the same
    io:format("== ~ts~n~ts~n-- exprs 4~n~ts~n-- binding~n~ts~n-- binding~n~ts~n-- lengths ~w~n",
              [S | Outs] ++ [[length(lists:flatten(O)) || O <- Outs]]).

%% parse_test.erl — beamlet:parse_command/3,4 (the shell's reader) against
%% OTP.  Each case is a command text, the bound variables, the at-EOF flag
%% (and, for parse_command/4, the one expression to lint).
%%
%%   bin/beamlet tests/parse/parse_test.erl          beamlet:parse_command
%%   erl -noshell -pa DIR -eval 'parse_test:main(["otp"]), halt().'
%%                                                   the oracle: what OTP's
%%     shell does with the same text: erl_scan:tokens, erl_parse:parse_exprs,
%%     erl_lint:exprs_opt (as erl_eval:check_command, after shell:prep_check)
%%
%% tests/parse/run.sh compares the first with tests/parse/expected.out,
%% which the second wrote (see tests/parse/README.md).
-module(parse_test).
-export([main/1]).

cases() ->
    [%% terms
     {int, "42.\n", [], false},
     {neg_int, "-42.\n", [], false},
     {big, "123456789012345678901234567890.\n", [], false},
     {neg_big, "-123456789012345678901234567890.\n", [], false},
     {based, "16#ff + 2#1010 + 1_000.\n", [], false},
     {float, "1.5 + 2.0e3 - 1.0e-3.\n", [], false},
     {chars, "[$a, $., $\\n, $\\s, $\\x{41}, $ ].\n", [], false},
     {atoms, "[a, 'B c', 'x\\ny', true, '', 'end'].\n", [], false},
     {strings, "\"abc\" \"def\".\n", [], false},
     {string_escapes, "\"a\\tb\\\\c\\\"\".\n", [], false},
     {string_unicode, "\"pr\x{e9}t \x{444}\".\n", [], false},
     {multiline_string, "S = \"one\ntwo.\nthree\".\n", [], false},
     {empty_string, "\"\".\n", [], false},
     {tuples, "{}, {1}, {a, {b, c}}.\n", [], false},
     {lists, "[], [1], [1, 2 | T], [1, a + b, [x]].\n", ['T'], false},
     {list_positions, "[1,\n  X = 2,\n  f(3) | Y].\n", ['X', 'Y'], false},
     %% operators
     {arith, "1 + 2 * 3 - 4 / 5 div 6 rem 7.\n", [], false},
     {bitops, "1 band 2 bor 3 bxor 4 bsl 5 bsr 6, bnot 7.\n", [], false},
     {bool, "not true and false or true xor false.\n", [], false},
     {shortcircuit, "true andalso false orelse true.\n", [], false},
     {compare, "{1 == 2, 1 /= 2, 1 =:= 2, 1 =/= 2, 1 < 2, 1 =< 2, 1 > 2, 1 >= 2}.\n", [], false},
     {listops, "[1] ++ [2] -- [3] ++ [4].\n", [], false},
     {send, "self() ! hello.\n", [], false},
     {send_match, "P = self(), P ! Q = hello.\n", [], false},
     {unary, "- X, + X, -(-1), - - 1.\n", ['X'], false},
     {parens, "(1 + 2) * 3.\n", [], false},
     {match, "{A, [B | _]} = {1, [2, 3]}.\n", [], false},
     {match_chain, "A = B = 3.\n", [], false},
     {catch_expr, "catch 1 + a.\n", [], false},
     {catch_match, "X = catch throw(x).\n", [], false},
     %% calls
     {local_call, "foo(1, 2).\n", [], false},
     {remote_call, "lists:sum([1, 2, 3]).\n", [], false},
     {var_remote, "M:F(1), M:f(), m:F().\n", ['M', 'F'], false},
     {fun_call, "F(1), (fun() -> 1 end)().\n", ['F'], false},
     {shell_cmds, "c(m), v(1), b(), h(), f().\n", [], false},
     {bif_call, "element(1, {a}), self().\n", [], false},
     {apply, "apply(lists, sum, [[1]]).\n", [], false},
     %% maps
     {map_new, "#{a => 1, \"b\" => [2]}.\n", [], false},
     {map_empty, "#{}.\n", [], false},
     {map_update, "M#{a := 2, b => 3}.\n", ['M'], false},
     {map_update_chain, "M#{a => 1}#{b => 2}.\n", ['M'], false},
     {map_pattern, "#{a := X} = #{a => 1}, X.\n", [], false},
     {map_pattern_assoc, "#{a => X} = #{a => 1}.\n", [], false},
     %% bit syntax
     {bin_empty, "<<>>.\n", [], false},
     {bin_simple, "<<1, 2, 3>>.\n", [], false},
     {bin_string, "<<\"abc\">>.\n", [], false},
     {bin_types, "<<X:8/little-signed-integer, Y/binary, Z:4/unit:8, F/float, U/utf8>>.\n", ['X', 'Y', 'Z', 'F', 'U'], false},
     {bin_neg, "<<-1:8, (X + 1):16>>.\n", ['X'], false},
     {bin_match, "<<A:8, B/binary>> = <<1, 2>>.\n", [], false},
     {bin_size_var, "<<N:8, P:N/binary, _/bits>> = <<1, 2>>.\n", [], false},
     {bin_utf8_string, "<<\"x\"/utf8>>.\n", [], false},
     %% funs
     {fun_simple, "fun(X) -> X * 2 end.\n", [], false},
     {fun_clauses, "fun(0) -> zero; (N) when N > 0 -> pos end.\n", [], false},
     {fun_guards, "fun(X) when is_integer(X), X > 0; is_float(X) -> ok end.\n", [], false},
     {fun_named, "fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end.\n", [], false},
     {fun_ref, "fun foo/1.\n", [], false},
     {fun_ext, "fun lists:map/2.\n", [], false},
     {fun_ext_var, "fun M:F/A.\n", ['M', 'F', 'A'], false},
     {fun_closure, "Y = 2, F = fun(X) -> X + Y end, F(1).\n", [], false},
     {fun_shadow, "X = 1, fun(X) -> X end.\n", [], false},
     {fun_multiline, "F = fun(X) ->\n  X * 2\nend.\n", [], false},
     %% control
     {case_expr, "case X of\n  {ok, V} when V > 0 -> V;\n  _ -> 0\nend.\n", ['X'], false},
     {if_expr, "if X > 0 -> pos; X < 0 -> neg; true -> zero end.\n", ['X'], false},
     {if_guards, "if is_atom(X), X =/= a; X == 1 -> yes; true -> no end.\n", ['X'], false},
     {block, "begin X = 1, X + 1 end.\n", [], false},
     {receive_plain, "receive {msg, M} -> M; Other -> Other end.\n", [], false},
     {receive_after, "receive X -> X after 100 -> timeout end.\n", [], false},
     {receive_only_after, "receive after 0 -> ok end.\n", [], false},
     {try_catch, "try f(X) catch throw:T -> T; error:R:S -> {R, S}; E -> E end.\n", ['X'], false},
     {try_of, "try X of 1 -> a; _ -> b catch _:_ -> c after ok end.\n", ['X'], false},
     {try_after, "try X after io:format(\"done~n\") end.\n", ['X'], false},
     {try_class_var, "try X catch C:R -> {C, R} end.\n", ['X'], false},
     {try_match_pattern, "try X catch {a, B} = E -> {B, E} end.\n", ['X'], false},
     %% comprehensions
     {lc, "[X * 2 || X <- [1, 2, 3], X > 1].\n", [], false},
     {lc_multi, "[{X, Y} || X <- [1, 2], Y <- [a, b], X =/= Y].\n", [], false},
     {lc_pattern, "[V || {ok, V} <- L].\n", ['L'], false},
     {bc, "<< <<X:8>> || X <- [1, 2, 3] >>.\n", [], false},
     {bc_bgen, "<< <<(X + 1)>> || <<X>> <= <<1, 2>> >>.\n", [], false},
     {lc_bgen, "[X || <<X:4>> <= <<1, 2>>].\n", [], false},
     {lc_bgen_size, "[B || <<N:8, B:N/binary>> <= Bin].\n", ['Bin'], false},
     %% several expressions, rest of the text
     {two_commands, "1. 2.\n", [], false},
     {rest_after_newline, "a.\nb.\n", [], false},
     {rest_comment, "a.% comment\n", [], false},
     {seq_exprs, "X = 1, Y = 2.\n", [], false},
     {comment_inside, "1 + % one\n 2.\n", [], false},
     {multiline, "lists:sum([1,\n2]).\n", [], false},
     {tabs, "\t{a,\tb}.\n", [], false},
     %% incomplete
     {more_empty, "", [], false},
     {more_blank, "  \n\t\n", [], false},
     {more_comment, "% just a comment\n", [], false},
     {more_open, "lists:sum([1,\n", [], false},
     {more_no_dot, "1 + 2\n", [], false},
     {more_dot_last, "1.", [], false},
     {more_string, "\"abc\n", [], false},
     {more_atom, "'abc\n", [], false},
     %% end of input
     {eof_empty, "", [], true},
     {eof_blank, "  % c\n\n", [], true},
     {eof_dot_last, "1.", [], true},
     {eof_open, "X = [1,\n", [], true},
     {eof_no_dot, "1 + 2", [], true},
     {eof_open_multiline, "foo(\n  1,\n  2", [], true},
     {eof_string, "\"abc", [], true},
     {eof_string_nl, "\"abc\ndef.\n", [], true},
     {eof_atom, "'abc\n", [], true},
     {eof_char, "$", [], true},
     %% syntax and scan errors
     {syntax_dot, "1 + .\n", [], false},
     {syntax_dot_rest, "1 + . 3.\n", [], false},
     {syntax_only_dot, ".\n", [], false},
     {syntax_multiline, "X = 1,\n\n  Y = .\n", [], false},
     {syntax_paren, "foo(.\n", [], false},
     {syntax_end, "case X of end.\n", ['X'], false},
     {syntax_keyword, "a + case.\n", [], false},
     {syntax_string, "f(\"abc\" \"d\" x\n", [], false},
     {syntax_atom_tok, "{a b}.\n", [], false},
     {syntax_var_tok, "[X Y].\n", [], false},
     {syntax_int_tok, "(1 2).\n", [], false},
     {syntax_float_tok, "(a 1.5).\n", [], false},
     {syntax_char_tok, "(a $b).\n", [], false},
     {syntax_quoted, "(a 'B c').\n", [], false},
     {syntax_arrow, "a -> b.\n", [], false},
     {syntax_other_char, "a \\ b.\n", [], false},
     {head_mismatch, "fun F(X) -> 1; G(X) -> 2 end.\n", [], false},
     {scan_base, "1 + 1#2. 3.\n4.\n", [], false},
     {scan_base_multiline, "1 + \n 1#2 3. 4.\n5.\n", [], false},
     {scan_base_noeol, "1#2 + \n 3. 4.\n", [], false},
     {scan_bad_escape, "\"\\x{110000}\". 5.\n", [], false},
     {scan_float, "1.0e999. 2.\n", [], false},
     %% lint errors
     {unbound, "A + B.\n", [], false},
     {unbound_some_bound, "A + B.\n", ['A'], false},
     {unbound_all_bound, "A + B.\n", ['A', 'B'], false},
     {unbound_in_call, "foo(X, Y) + A.\n", [], false},
     {unbound_rhs, "{A, B} = {1, A}.\n", [], false},
     {unbound_later, "A = 1, {A, B} = {1, 2}, C.\n", [], false},
     {unbound_multiline, "X = 1,\n  foo(Y).\n", [], false},
     {unbound_after_lc, "[X || X <- [1]], X.\n", [], false},
     {unbound_in_fun, "fun(X) -> Y end.\n", [], false},
     {unbound_in_guard, "case 1 of X when X > Z -> X end.\n", [], false},
     {unsafe_case, "case X of 1 -> Y = 1; _ -> ok end, Y.\n", ['X'], false},
     {unsafe_try, "try Y = 1 catch _:_ -> ok end, Y.\n", [], false},
     {safe_case, "case X of 1 -> Y = 1; _ -> Y = 2 end, Y.\n", ['X'], false},
     {illegal_pattern, "f(X) = 1.\n", [], false},
     {illegal_pattern_op, "X + 1 = 2.\n", ['X'], false},
     {legal_pattern_const, "1 + 2 = 3, -1 = -1, \"a\" ++ T = \"ab\".\n", [], false},
     {illegal_guard, "case 1 of X when foo(X) -> X end.\n", [], false},
     {record_new, "#r{a = 1}.\n", [], false},
     {record_access, "X#r.a.\n", ['X'], false},
     {record_access_unbound, "X#r.a.\n", [], false},
     {record_update, "X#r{a = 1, _ = 2}.\n", ['X'], false},
     {record_index, "#r.a.\n", [], false},
     {record_pattern, "#r{a = X} = Y.\n", ['Y'], false},
     {forget_unbound, "f(X).\n", [], false},
     {forget_nested, "f(X), [f(Y)].\n", [], false},
     {forget_then_use, "f(X), X.\n", [], false},
     {bit_type_unknown, "<<X:8/foo>>.\n", ['X'], false},
     {stacktrace_guard, "try 1 catch _:_:S when S =:= [] -> ok end.\n", [], false},
     %% more edge cases
     {blank_lines_first, "\n\n1 + .\n", [], false},
     {comment_first, "% c\n  1 + .\n", [], false},
     {unicode_atom, "['\x{e9}t\x{e9}', caf\x{e9}, '\x{444}'].\n", [], false},
     {unicode_var, "\x{c4}x = 1.\n", [], false},
     {unicode_column, "\"\x{444}\x{444}\" ++ [X].\n", [], false},
     {unicode_syntax, "\"\x{444}\x{444}\" + .\n", [], false},
     {char_escapes, "[$\\^A, $\\101, $\\x41, $\\e, $\\d, $\\'].\n", [], false},
     {syntax_string_tok, "(a \"str\").\n", [], false},
     {syntax_remote_tok, "(1 foo:bar).\n", [], false},
     {syntax_bin_tok, "(1 <<>>).\n", [], false},
     {syntax_unicode_atom_tok, "(1 '\x{444}').\n", [], false},
     {syntax_unicode_string_tok, "(1 \"\x{444}\").\n", [], false},
     {syntax_fun_end, "fun(X) -> X.\n", [], false},
     {syntax_when, "case X of Y when -> 1 end.\n", ['X'], false},
     {syntax_dotdot, "a..\n", [], false},
     {syntax_question, "?MODULE.\n", [], false},
     {syntax_hash, "#.\n", [], false},
     {remote_no_call, "m:f.\n", [], false},
     {illegal_expr_int_call, "1(2).\n", [], false},
     {eof_comment_after, "foo(1 % c\n", [], true},
     {eof_after_ok, "1.\n", [], true},
     {two_lines_two_cmds, "X = 1.\nY = 2.\n", [], false},
     {rest_tab, "a.\tb.\n", [], false},
     {rest_crlf, "a.\r\nb.\n", [], false},
     {dot_in_string, "\"a. b\".\n", [], false},
     {float_then_dot, "1.5.\n", [], false},
     {char_dot, "$..\n", [], false},
     {atom_dot, "'a.'.\n", [], false},
     {nested_fun_unbound, "fun() -> fun() -> Z end end.\n", [], false},
     {lc_unbound_gen, "[X || X <- L].\n", [], false},
     {match_unbound_both, "{A, B} = {B, A}.\n", [], false},
     {guard_unbound_if, "if Q -> 1; true -> 2 end.\n", [], false},
     {receive_unbound, "receive X -> Y after T -> X end.\n", [], false},
     {try_unbound_after, "try 1 after Z end.\n", [], false},
     {map_unbound_key, "#{K => 1}.\n", [], false},
     {bin_unbound_size, "<<X:N>>.\n", ['X'], false},
     {bin_pattern_size_later, "<<A:B, B:8>> = <<1, 2>>.\n", [], false},
     {named_fun_recursion_ok, "F = fun Loop(0) -> ok; Loop(N) -> Loop(N - 1) end.\n", [], false},
     {case_in_guard_illegal, "case 1 of X when X ! 1 -> X end.\n", [], false},
     {guard_erlang_call, "case 1 of X when erlang:is_integer(X) -> X end.\n", [], false},
     {guard_remote_illegal, "case 1 of X when lists:member(X, []) -> X end.\n", [], false},
     {guard_andalso, "if A andalso B; A orelse B -> 1 end.\n", ['A', 'B'], false},
     {catch_unsafe, "catch (Y = 1), Y.\n", [], false},
     {shadow_generate, "X = 1, [X || X <- [2]].\n", [], false},
     {fun_bound_arg_match, "X = 1, F = fun({X, Y}) -> Y end.\n", [], false},
     {big_list, "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30].\n", [], false},
     {deep_parens, "((((((((1)))))))).\n", [], false},
     {op_precedence_mix, "A = 1 + 2 * 3 == 7 andalso not false orelse B ! c.\n", ['B'], false},
     {unary_not_call, "not is_atom(a), -length([]).\n", [], false},
     {record_in_guard, "case X of Y when Y#r.a == 1 -> Y end.\n", ['X'], false},
     {record_in_fun, "fun(#r{a = A}) -> A end.\n", [], false},
     {record_field_unbound, "#r{a = Z}.\n", [], false},
     {two_errors_lines, "foo(A,\n    B).\n", [], false},
     {only_lint_bad_index, "1, 2.\n", [], false, 2},
     {underscore_use, "_ + 1.\n", [], false},
     {underscore_match, "_ = 1, [_ | _] = [1].\n", [], false},
     {bin_unsized_middle, "<<A/binary, B>> = <<1, 2>>.\n", [], false},
     {bin_size_unbound_pat, "<<X:N>> = <<1>>.\n", [], false},
     {bin_bad_size, "<<X:foo>> = <<1>>.\n", [], false},
     {bin_float_string, "<<\"a\"/float>>.\n", [], false},
     {bin_utf8_size, "<<X:8/utf8>>.\n", ['X'], false},
     {bin_unit_no_size, "<<X/unit:8>>.\n", ['X'], false},
     {bin_types_conflict, "<<X/integer-float>>.\n", ['X'], false},
     {map_key_unbound_pat, "#{K := V} = #{}.\n", [], false},
     {append_pattern_var, "A ++ B = \"ab\".\n", [], false},
     {string_prefix_pattern, "\"ab\" ++ R = \"abc\", R.\n", [], false},
     {unsafe_receive, "receive a -> Y = 1; b -> ok end, Y.\n", [], false},
     {unsafe_if, "if X -> Y = 1; true -> ok end, Y.\n", ['X'], false},
     {lc_filter_unbound, "[X || X <- [1], Y].\n", [], false},
     {fun_arity_call, "F = fun(X) -> X end, F().\n", [], false},
     {guard_bif_bad, "case 1 of X when element(1, X), self() -> X end.\n", [], false},
     {guard_string_op, "case 1 of X when X ++ \"a\" == \"b\" -> X end.\n", [], false},
     {guard_send, "if X ! 1 -> ok end.\n", ['X'], false},
     {guard_match, "if X = 1 -> ok end.\n", ['X'], false},
     {guard_lc, "if [X || X <- []] -> ok end.\n", [], false},
     {guard_fun, "if is_function(fun() -> ok end) -> ok end.\n", [], false},
     {guard_map, "if #{a := 1} =:= X -> ok; true -> no end.\n", ['X'], false},
     {guard_remote_erlang_op, "if erlang:'+'(1, 2) > 0 -> ok end.\n", [], false},
     {try_of_unbound, "try 1 of X -> Y catch _ -> ok end.\n", [], false},
     {named_fun_shadow, "F = 1, fun F() -> F end.\n", [], false},
     {nested_case_unsafe, "case a of a -> case b of b -> Z = 1; _ -> ok end; _ -> ok end, Z.\n", [], false},
     {match_in_pattern_both, "{X, Y} = {A, B} = {1, 2}.\n", [], false},
     {pattern_in_fun_head_bound, "X = 1, fun(X, Y) when Y > X -> ok end.\n", [], false},
     {bit_spec_1, "<<X/signed-unsigned>>.\n", ['X', 'B'], false},
     {bit_spec_2, "<<X/big-little>>.\n", ['X', 'B'], false},
     {bit_spec_3, "<<X/unit:8-unit:16>>.\n", ['X', 'B'], false},
     {bit_spec_4, "<<X:8/integer-integer>>.\n", ['X', 'B'], false},
     {bit_spec_5, "<<X/binary-unit:8>>.\n", ['X', 'B'], false},
     {bit_spec_6, "<<X/bits>>.\n", ['X', 'B'], false},
     {bit_spec_7, "<<X/utf8-integer>>.\n", ['X', 'B'], false},
     {bit_spec_8, "<<A/bytes, C/binary>> = B.\n", ['X', 'B'], false},
     {bit_spec_9, "<<A:8/binary, C/binary>> = B.\n", ['X', 'B'], false},
     {bit_spec_10, "<<X/foo-integer>>.\n", ['X', 'B'], false},
     {bit_spec_11, "<<X/integer-foo-float>>.\n", ['X', 'B'], false},
     {bit_spec_12, "<<X/utf16-unit:8>>.\n", ['X', 'B'], false},
     {bit_spec_13, "<<X/float-unit:8>>.\n", ['X', 'B'], false},
     {bit_spec_14, "<<X/little-signed>>.\n", ['X', 'B'], false},
     {bit_spec_15, "<<X/integer-bar:8>>.\n", ['X', 'B'], false},
     {bit_spec_16, "[A || <<A/binary, B>> <= X].\n", ['X', 'B'], false},
     {bit_spec_17, "<<X:8/native-little>>.\n", ['X', 'B'], false},
     {bit_spec_18, "<<X/binary-bytes>>.\n", ['X', 'B'], false},
     {bit_spec_19, "<<Y:X, Z/foo>> = B.\n", ['X', 'B'], false},
     {bit_spec_20, "<<(X + 1)/utf8-unit:8>>.\n", ['X', 'B'], false},
     {record_quoted, "#'A b'{}.\n", [], false},
     {record_index_quoted, "#'B'.x.\n", [], false},
     {error_token_1, "(1 \"a\\nb\\\"c\").\n", [], false},
     {error_token_2, "(1 'it''s').\n", [], false},
     {error_token_3, "(1 'a\\'b').\n", [], false},
     {error_token_4, "(1 $\\n).\n", [], false},
     {error_token_5, "(1 $\\s).\n", [], false},
     {error_token_6, "(1 1.0e10).\n", [], false},
     {error_token_7, "(1 123456789012345678901234567890).\n", [], false},
     {error_token_8, "(1 after).\n", [], false},
     {error_token_9, "(1 =>).\n", [], false},
     {error_token_10, "(1 <<).\n", [], false},
     {error_token_11, "(1 ||).\n", [], false},
     {error_token_12, "(1 #{}).\n", [], false},
     {error_token_13, "(1 [a]).\n", [], false},
     {error_token_14, "(1 {a}).\n", [], false},
     {error_token_15, "(1 fun).\n", [], false},
     {error_token_16, "(1 !).\n", [], false},
     {error_token_17, "(1 ...).\n", [], false},
     {error_token_18, "(1 ::).\n", [], false},
     {error_token_19, "(1 :=).\n", [], false},
     {error_token_20, "(1 ?).\n", [], false},
     {error_token_21, "(1 \"\").\n", [], false},
     {error_token_22, "(1 \"\\x{444}\\x{7}\").\n", [], false},
     {error_token_23, "(1 0.1).\n", [], false},
     {error_token_24, "(1 $\\x{7f}).\n", [], false},
     {error_token_25, "(1 _).\n", [], false},
     {error_token_26, "(1 _Foo).\n", [], false},
     {error_token_27, "(1 16#ff).\n", [], false},
     {eof_char_escape, "$\\", [], true},
     {eof_string_escape, "\"ab\\", [], true},
     {eof_atom_escape, "'ab\\", [], true},
     {eof_op_char_escape, "1 + $\\", [], true},
     {eof_rest_dollar, "x.\n$", [], true},
     {eof_syntax_before_end, "0x1", [], true},
     {eof_syntax_var, "1_", [], true},
     {scan_bad_digit, "2#102.\n", [], false},
     {scan_float_no_digits, "1.e5.\n", [], false},
     {scan_float_exp, "1.0e.\n", [], false},
     {scan_base36, "36#zz.\n", [], false},
     {scan_base37, "37#1.\n", [], false},
     {scan_empty_hex_char, "$\\x{}.\n", [], false},
     {scan_big_hex_string, "\"\\x{FFFFFF}\".\n", [], false},
     {more_escaped_quote_atom, "'\\'.\n", [], false},
     {eof_escaped_quote_atom, "'\\'.\n", [], true},
     {more_char_escape_line, "$\\", [], false},
     {guard_is_record, "case X of Y when is_record(Y, r) -> ok end.\n", ['X'], false},
     {guard_is_record3, "case X of Y when is_record(Y, r, 2) -> ok end.\n", ['X'], false},
     {call_is_record, "is_record(X, r).\n", ['X'], false},
     {record_info, "record_info(fields, r).\n", [], false},
     {record_info_size, "record_info(size, r).\n", [], false},
     {lc_record_gen, "[A || #r{a = A} <- L].\n", ['L'], false},
     {bc_template_unbound, "<< <<Y>> || X <- [1] >>.\n", [], false},
     {map_update_unbound, "M#{a => 1}.\n", [], false},
     {receive_guard_unbound, "receive X when X > Y -> X end.\n", [], false},
     {try_stack_used, "try 1 catch _:_:S -> S end.\n", [], false},
     {catch_bound_class, "try 1 catch C:_ -> C end.\n", ['C'], false},
     {named_fun_unbound_name, "fun F(0) -> 0; F(N) -> G(N - 1) end.\n", [], false},
     {fun_guard_unbound, "fun(X) when X > Q -> X end.\n", [], false},
     {deep_unsafe, "begin case a of a -> Q = 1; b -> ok end end, Q.\n", [], false},
     {spawn_fun, "spawn(fun() -> receive M -> M end end).\n", [], false},
     {op_fun_call, "erlang:\'+\'(1, 2), (fun erlang:\'+\'/2)(1, 2).\n", [], false},
     {apply_remote_var_unbound, "M:f(), m:F().\n", [], false},
     {fun_ext_unbound, "fun M:f/1.\n", [], false},
     %% parse_command/4: lint one expression of the command
     {only_first, "X = 1, Y.\n", [], false, 1},
     {only_second, "X = 1, Y.\n", ['X'], false, 2},
     {only_second_bound, "X = 1, Y.\n", ['X', 'Y'], false, 2},
     {only_unsafe, "X = 1, case X of 1 -> Y = 1; _ -> ok end, Y.\n", ['X', 'Y'], false, 3}
    ].

main(Args) ->
    Otp = Args =:= ["otp"],
    lists:foreach(fun(Case) -> run(Otp, Case) end, cases()).

run(Otp, Case) ->
    {Name, Text, Bound, AtEof} = {element(1, Case), element(2, Case), element(3, Case), element(4, Case)},
    Only = case Case of {_, _, _, _, N} -> N; _ -> all end,
    R = case Otp of
            true -> otp_parse(Text, Bound, AtEof, Only);
            false when Only =:= all -> beamlet:parse_command(Text, Bound, AtEof);
            false -> beamlet:parse_command(Text, Bound, AtEof, Only)
        end,
    io:format("== ~w~n", [Name]),
    show(R).

show(more) -> io:format("more~n");
show(eof) -> io:format("eof~n");
show({ok, Es, Rest}) ->
    io:format("ok~n"),
    [io:format("  ~w~n", [E]) || E <- Es],
    io:format("rest ~w~n", [Rest]);
show({lint_error, Es, Errors, Rest}) ->
    io:format("lint_error~n"),
    [io:format("  ~w~n", [E]) || E <- Es],
    [io:format("* ~w:~w: ~ts~n", [L, C, Msg]) || {{L, C}, Msg} <- Errors],
    io:format("rest ~w~n", [Rest]);
show({syntax_error, {L, C}, Msg, Rest}) ->
    io:format("syntax_error~n* ~w:~w: ~ts|~nrest ~w~n", [L, C, Msg, Rest]);
show(Other) ->
    io:format("unexpected ~w~n", [Other]).

%% ---- the oracle: what OTP's shell does (run on OTP only) ----------------

otp_parse(Text, Bound, AtEof, Only) ->
    case erl_scan:tokens([], Text, {1, 1}) of
        {done, Result, Rest} ->
            otp_done(Result, Rest, Bound, Only);
        {more, Cont} when AtEof ->
            {done, Result, _} = erl_scan:tokens(Cont, eof, {1, 1}),
            otp_done(Result, [], Bound, Only);
        {more, _} ->
            more
    end.

otp_done({eof, _}, _, _, _) ->
    eof;
otp_done({error, {Loc, Mod, E}, _}, Rest, _, _) ->
    %% the io server drops the rest of the line after a scan error
    {syntax_error, Loc, lists:flatten(Mod:format_error(E)), drop_line(Rest)};
otp_done({ok, Toks, _}, Rest0, Bound, Only) ->
    Rest = case Rest0 of eof -> []; _ -> Rest0 end,
    case erl_parse:parse_exprs(Toks) of
        {error, {Loc, Mod, E}} ->
            {syntax_error, Loc, lists:flatten(Mod:format_error(E)), Rest};
        {ok, Es} ->
            Checked = case Only of all -> Es; N -> [lists:nth(N, Es)] end,
            Bs = [{V, value} || V <- Bound],
            case erl_lint:exprs_opt(prep_check(Checked), Bs, [bitlevel_binaries, binary_comprehension]) of
                {ok, _} ->
                    {ok, Es, Rest};
                {error, [{_, Errors}], _} ->
                    {lint_error, Es, [{Loc, lists:flatten(Mod:format_error(E))} || {Loc, Mod, E} <- Errors], Rest}
            end
    end.

drop_line(eof) -> [];
drop_line(S) ->
    case lists:dropwhile(fun(C) -> C =/= $\n end, S) of
        [$\n | T] -> T;
        [] -> []
    end.

%% shell:prep_check: f(Var) is checked as the atom ok.
prep_check({call, Anno, {atom, _, f}, [{var, _, _}]}) -> {atom, Anno, ok};
prep_check(T) when is_tuple(T) -> list_to_tuple(prep_check(tuple_to_list(T)));
prep_check([E | Es]) -> [prep_check(E) | prep_check(Es)];
prep_check(E) -> E.

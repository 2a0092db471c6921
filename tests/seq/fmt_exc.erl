%% The text the shell prints for an uncaught exception: beamlet's
%% beamlet:format_exception/3, and on OTP the call shell:report_exception
%% makes (erl_error:format_exception/7 after "** ", with the shell's pretty
%% printer: depth 30, 60 characters a line, latin1).  The stacks are built
%% by hand, so both systems format the same terms.
-module(fmt_exc).
-export([main/1]).

fmt(Class, Reason, Stack) ->
    case erlang:function_exported(beamlet, format_exception, 3) of
        true ->
            beamlet:format_exception(Class, Reason, Stack);
        false ->
            SF = fun(M, _F, _A) -> (M =:= erl_eval) or (M =:= shell) end,
            PF = fun(V, I) ->
                         io_lib_pretty:print(V, [{column, I}, {line_length, 80}, {depth, 30},
                                                 {line_max_chars, 60}, {strings, true},
                                                 {encoding, latin1}])
                 end,
            ["** ", erl_error:format_exception(4, error_class(Class), Reason, Stack, SF, PF, latin1), "\n"]
    end.

error_class(C) -> C.

%% beamlet:format_exception/4: a terminal's width and encoding
fmt4(Class, Reason, Stack, Ll, Enc) ->
    case erlang:function_exported(beamlet, format_exception, 4) of
        true ->
            beamlet:format_exception(Class, Reason, Stack, [{line_length, Ll}, {encoding, Enc}]);
        false ->
            SF = fun(M, _F, _A) -> (M =:= erl_eval) or (M =:= shell) end,
            PF = fun(V, I) ->
                         io_lib_pretty:print(V, [{column, I}, {line_length, Ll}, {depth, 30},
                                                 {line_max_chars, 60}, {strings, true},
                                                 {encoding, Enc}])
                 end,
            ["** ", erl_error:format_exception(4, Class, Reason, Stack, SF, PF, Enc), "\n"]
    end.

terminal_texts() ->
    L40 = lists:seq(1, 40),
    Stack = [{erlang, atom_to_list, [L40], ei()},
             {'mod_ü', 'fun_ü', 1, [{file, "mod_ü.erl"}, {line, 3}]} | shell_tail()],
    [fmt4(C, R, S, Ll, Enc)
     || {C, R, S} <- [{error, {badmatch, L40}, []},
                      {error, badarg, Stack},
                      {error, {badmatch, "привет"}, []},
                      {throw, {'ü', [1087, 1088], <<"привет"/utf8>>}, []},
                      {error, function_clause, [{m, f, [L40, "привет"], []}]},
                      {error, badarith, [{erlang, '+', [L40, L40], []}]}],
        Ll <- [40, 80, 132],
        Enc <- [latin1, unicode]].

ei() -> [{error_info, #{module => erl_erts_errors}}].
si() -> [{error_info, #{module => erl_stdlib_errors}}].

%% the bottom of a shell command's stack, dropped from the text
shell_tail() ->
    [{erl_eval, do_apply, 7, [{file, "erl_eval.erl"}, {line, 744}]},
     {shell, exprs, 7, [{file, "shell.erl"}, {line, 691}]},
     {shell, eval_exprs, 7, [{file, "shell.erl"}, {line, 647}]},
     {shell, eval_loop, 3, [{file, "shell.erl"}, {line, 632}]}].

bif(F, Args) -> {erlang, F, Args, ei()}.

bif_cases() ->
    L40 = lists:seq(1, 40),
    [{atom_to_list, [1]}, {atom_to_list, [L40]}, {list_to_atom, [a]}, {list_to_atom, [[a | b]]},
     {list_to_atom, [[a]]}, {hd, [[]]}, {tl, [a]}, {element, [5, {a}]}, {element, [a, b]},
     {element, [0, {a}]}, {element, [5, a]}, {element, [1, L40]}, {setelement, [0, {a}, x]},
     {setelement, [2, {a}, x]}, {tuple_size, [a]}, {length, [[a | b]]}, {length, [a]},
     {integer_to_list, [a]}, {integer_to_list, [1, 99]}, {integer_to_list, [a, 1]},
     {integer_to_binary, [a, 37]}, {list_to_integer, ["abc"]}, {list_to_integer, [abc]},
     {list_to_integer, ["12", 40]}, {list_to_integer, ["1z", 10]}, {binary_to_integer, [a, 2]},
     {binary_to_list, [a]}, {binary_to_list, [<<1, 2, 3>>, 2, 1]}, {binary_to_list, [<<1, 2, 3>>, 2, 9]},
     {binary_to_list, [<<1, 2, 3>>, 0, a]}, {list_to_binary, [[a]]}, {atom_to_binary, [1]},
     {atom_to_binary, [a, foo]}, {atom_to_binary, [1, foo]}, {binary_to_atom, [1, utf8]},
     {binary_to_atom, [<<"a">>, foo]}, {binary_to_atom, [<<255>>, utf8]}, {binary_to_atom, [<<"a">>, latin1]},
     {binary_to_existing_atom, [<<"zzqqxx">>, utf8]}, {binary_to_existing_atom, [<<"zzqqxx">>, latin1]},
     {abs, [a]}, {float, [a]}, {round, [a]}, {trunc, [a]}, {ceil, [a]}, {floor, [a]},
     {tuple_to_list, [a]}, {list_to_tuple, [a]}, {list_to_tuple, [[a | b]]}, {spawn, [a]},
     {spawn, [a, b, c]}, {spawn, [1, 2, 3]}, {spawn_link, [a]}, {spawn_monitor, [a, b, [c | d]]},
     {register, [a, b]}, {register, [1, b]}, {register, [undefined, b]}, {whereis, [1]},
     {send, [a, x]}, {'!', [a, x]}, {unlink, [a]}, {link, [a]}, {exit, [a, b]},
     {is_process_alive, [a]}, {demonitor, [a]}, {demonitor, [a, b]}, {process_info, [a]},
     {node, [a]}, {pid_to_list, [a]}, {ref_to_list, [a]}, {fun_to_list, [a]}, {size, [a]},
     {statistics, [foo]}, {halt, [foo]}, {memory, [foo]}, {memory, [[foo]]}, {memory, [1]},
     {make_fun, [a, b, c]}, {function_exported, [a, b, -1]}, {module_loaded, [1]},
     {delete_module, [1]}, {check_old_code, [1]}, {load_module, [a, b]}, {purge_module, [1]},
     {list_to_existing_atom, [a]}, {list_to_existing_atom, ["zzzqqqxxx"]},
     {list_to_existing_atom, [[a]]}, {binary_to_term, [<<1>>]}, {binary_to_term, [a]},
     {map_get, [a, #{}]}, {map_get, [a, b]}, {is_map_key, [a, b]}, {map_size, [a]},
     {byte_size, [a]}, {bit_size, [a]}, {bitstring_to_list, [a]}, {list_to_bitstring, [a]},
     {split_binary, [<<1>>, 5]}, {split_binary, [a, -1]}, {binary_part, [<<1, 2>>, 1, 5]},
     {binary_part, [<<1, 2>>, 5, 1]}, {binary_part, [a, b, c]}, {binary_part, [<<1, 2>>, {1, 5}]},
     {binary_part, [<<1, 2>>, {5, 1}]}, {binary_part, [<<1, 2>>, x]}, {binary_part, [a, {-1, 5}]},
     {apply, [a, b, c]}, {apply, [1, b, [x | y]]}, {integer_to_binary, [a]},
     {binary_to_integer, [<<"x">>]}, {binary_to_float, [<<"x">>]}, {binary_to_float, [x]},
     {float_to_list, [a]}, {float_to_list, [1.0, a]}, {float_to_list, [1.0, [a]]},
     {float_to_binary, [a, [b]]}, {list_to_float, ["1"]}, {list_to_float, [a]},
     {term_to_binary, [1, a]}, {term_to_binary, [1, [a]]}, {iolist_to_binary, [[a]]},
     {iolist_size, [a]}, {md5, [a]}, {make_tuple, [-1, a]}, {make_tuple, [-1, a, []]},
     {make_tuple, [2, a, b]}, {insert_element, [5, {a}, b]}, {delete_element, [5, {a}]},
     {append_element, [a, b]}, {send_after, [-1, self_placeholder, a]}, {start_timer, [a, 1, b]},
     {cancel_timer, [a]}, {read_timer, [a]}, {phash2, [a, 0]}, {convert_time_unit, [1, a, b]},
     {convert_time_unit, [a, second, 1000]}, {monotonic_time, [foo]}, {system_time, [foo]},
     {is_function, [a, b]}, {is_function, [a, -1]}, {is_record, [a, 1]}, {is_record, [a, 1, b]},
     {fun_info, [a]}, {fun_info, [fun lists:map/2, foo]}, {process_flag, [foo, bar]},
     {process_flag, [trap_exit, bar]}, {monitor, [foo, a]}, {monitor, [process, a]},
     {check_process_code, [a, 1]}, {'+', [1, a]}, {'-', [a]}, {'/', [1, 0]}, {'div', [10, 0]},
     {'--', [[1], a]}, {'not', [1]}, {'and', [1, 2]}, {'bnot', [a]}, {'==', [a, b]},
     {list_to_atom, [lists:seq(1, 300)]}, {error, [foo]}, {unknown_bif, [1, 2]}].

bif_texts() ->
    [fmt(error, Reason, [bif(F, fix(Args)) | shell_tail()])
     || {F, Args} <- bif_cases(),
        Reason <- [reason_for(F, Args)]].

fix(Args) -> [case A of self_placeholder -> some_name; _ -> A end || A <- Args].

reason_for(map_get, [K, M]) when is_map(M) -> {badkey, K};
reason_for(map_get, [_, M]) -> {badmap, M};
reason_for(is_map_key, [_, M]) -> {badmap, M};
reason_for(map_size, [M]) -> {badmap, M};
reason_for(F, _) when F =:= '+'; F =:= '-'; F =:= '/'; F =:= 'div'; F =:= 'bnot' -> badarith;
reason_for(list_to_atom, [L]) when length(L) > 255 -> system_limit;
reason_for(_, _) -> badarg.

other_texts() ->
    L40 = lists:seq(1, 40),
    Loc = fun(F, L) -> [{file, F}, {line, L}] end,
    Fun = fun(X) -> X end,
    [%% explanations
     fmt(error, badarith, []),
     fmt(error, {badmatch, 2}, shell_tail()),
     fmt(error, {badmatch, L40}, shell_tail()),
     fmt(error, {badmatch, [{k, N} || N <- lists:seq(1, 6)]}, shell_tail()),
     fmt(error, {badmatch, [{k, N} || N <- lists:seq(1, 12)]}, shell_tail()),
     fmt(error, {badmatch, {state, [alice, bob, carol], #{timeout => 5000}, {counters, 1, 2, 3},
                            "a long string here"}}, shell_tail()),
     fmt(error, {badmatch, lists:duplicate(70, $a)}, shell_tail()),
     fmt(error, {case_clause, {a, lists:seq(1, 30)}}, shell_tail()),
     fmt(error, {try_clause, x}, []),
     fmt(error, {badfun, 1}, []),
     fmt(error, {badkey, lists:seq(1, 35)}, []),
     fmt(error, {badmap, L40}, []),
     fmt(error, {badarg, L40}, []),
     fmt(error, {bad_generator, x}, []),
     fmt(error, {bad_filter, x}, []),
     fmt(error, {unbound, 'X'}, []),
     fmt(error, {shell_undef, foo, 2, []}, []),
     fmt(error, {argument_limit, x}, []),
     fmt(error, if_clause, []),
     fmt(error, noproc, []),
     fmt(error, notalive, []),
     fmt(error, system_limit, []),
     fmt(error, timeout_value, []),
     fmt(error, {badrecord, r}, []),
     fmt(error, {custom, 1}, []),
     fmt(error, {custom, L40, lists:seq(1, 100)}, []),
     fmt(exit, my_exit, []),
     fmt(exit, {noproc, {gen_server, call, [nosuch, x]}},
         [{gen_server, call, 2, Loc("gen_server.erl", 370)} | shell_tail()]),
     fmt(exit, calling_self, []),
     fmt(exit, badarg, []),
     fmt(exit, {badmatch, 1}, []),
     fmt(exit, L40, []),
     fmt(throw, my_throw, []),
     fmt(throw, {too_big, L40}, []),
     fmt(error, {badarity, {fun lists:reverse/1, [1, 2]}}, []),
     fmt(error, {badarity, {fun lists:reverse/1, []}}, []),
     fmt(error, {badarity, {fun lists:reverse/1, [1]}}, []),
     fmt(error, {badarity, {fun lists:reverse/1, [1, 2, 3, 4]}}, []),
     fmt(error, {badarity, {Fun, [1, 2]}}, []),
     fmt(error, {badarity, {not_a_fun, [1, 2]}}, []),
     %% function_clause and undef take the first frame
     fmt(error, function_clause, [{lists, nth, [0, []], Loc("lists.erl", 198)} | shell_tail()]),
     fmt(error, function_clause, [{pricing_service, clause, [3], Loc("pricing_service.erl", 16)} | shell_tail()]),
     fmt(error, function_clause, [{errs, fc, [1, 2], Loc("errs.erl", 17)} | shell_tail()]),
     fmt(error, function_clause, [{errs, fc, [L40, 2], Loc("errs.erl", 17)} | shell_tail()]),
     fmt(error, function_clause, [{errs, fc, "abc", Loc("errs.erl", 17)} | shell_tail()]),
     fmt(error, function_clause, [{errs, fc, [], []} | shell_tail()]),
     fmt(error, function_clause, [{a_rather_long_module_name, a_rather_long_function_name, [x], []}]),
     fmt(error, function_clause, [{errs, fc, [1], Loc("errs.erl", 17)},
                                  {errs, caller, 2, Loc("errs.erl", 30)} | shell_tail()]),
     fmt(error, function_clause, [{shell, f, 1, []}]),
     fmt(error, function_clause, [{errs, fc, 1, Loc("errs.erl", 17)}]),
     fmt(error, function_clause, []),
     fmt(error, undef, [{nomod, f, [], []} | shell_tail()]),
     fmt(error, undef, [{nomod, f, 3, []} | shell_tail()]),
     fmt(error, undef, [{erlang, foo, [1], []}]),
     fmt(error, undef, [{erlang, atom_to_list, [1], []}]),
     fmt(error, undef, []),
     fmt(exit, undef, [{nomod, f, [], []}]),
     %% frames
     fmt(error, badarith, [{errs, badarith, 1, Loc("errs.erl", 6)}, {errs, b, 1, Loc("errs.erl", 5)},
                           {errs, a, 1, Loc("errs.erl", 4)} | shell_tail()]),
     fmt(error, badarith, [{errs, f, 0, []}, {erl_eval, expr, 5, []}, {errs, g, 0, []} | shell_tail()]),
     fmt(error, badarith, [{errs, f, [a, "str", L40], []}, {errs, g, [x], Loc("errs.erl", 9)}]),
     fmt(error, badarith, [{'quoted mod', 'Quoted fun', 1, Loc("dir/q.erl", 3)}]),
     fmt(error, badarith, [{errs, '-main/1-fun-0-', 1, Loc("errs.erl", 12)}]),
     fmt(error, badarith, [{erlang, '+', [L40, 1], []}]),
     fmt(error, badarith, [{erlang, '+', [1, L40], []}]),
     fmt(error, badarith, [{erlang, '*', [{a, lists:seq(1, 12)}, {b, lists:seq(1, 12)}], []}]),
     fmt(error, badarith, [{erlang, '-', [L40], []}]),
     fmt(error, badarith, [{erlang, '+', 2, []}]),
     fmt(error, badarg, [{erlang, atom_to_list, 1, ei()}]),
     fmt(error, badarg, [{erlang, atom_to_list, [1], []}]),
     fmt(error, badarg, [{erlang, atom_to_list, [1], [{error_info, #{module => other_mod}}]}]),
     fmt(error, badarg, [{erlang, atom_to_list, [1], [{error_info, not_a_map}]}]),
     fmt(error, badarg, [{erlang, send_after, [1, 2, 3], ei()}]),
     fmt(error, badarg, [{erlang, spawn, [1, 2, 3], ei()}, {errs, g, 0, Loc("errs.erl", 9)} | shell_tail()]),
     fmt(error, badarg, [{lists, map, [a, b], []}]),
     fmt(error, badarg, [{errs, f, [97, 98, 99], []}]),
     fmt(error, badarg, [{errs, f, [7, 98, 99], []}]),
     fmt(error, badarg, [{errs, f, [12345, 98, 99], []}]),
     fmt(error, badarg, [{errs, f, [{a, b}, "a long string argument here", [1, 2, 3]], []}]),
     fmt(error, badarg, [{errs, f, [lists:duplicate(30, {a, b})], []}]),
     fmt(error, badarg, [{a_module_with_a_really_long_name, and_a_function_with_a_long_name_too,
                          [lists:seq(1, 10)], []}]),
     fmt(error, badarg, [{errs, f, [#{a => 1, b => "two", c => lists:seq(1, 20)}], []}]),
     %% erl_stdlib_errors: the maps and lists BIFs
     fmt(error, {badkey, a}, [{maps, get, [a, #{}], si()} | shell_tail()]),
     fmt(error, {badmap, b}, [{maps, get, [a, b], si()} | shell_tail()]),
     fmt(error, {badmap, b}, [{maps, find, [a, b], si()}]),
     fmt(error, {badmap, b}, [{maps, put, [a, 1, b], si()}]),
     fmt(error, {badkey, a}, [{maps, update, [a, 1, #{}], si()}]),
     fmt(error, {badmap, b}, [{maps, remove, [a, b], si()}]),
     fmt(error, {badmap, b}, [{maps, take, [a, b], si()}]),
     fmt(error, {badmap, b}, [{maps, is_key, [a, b], si()}]),
     fmt(error, {badmap, a}, [{maps, keys, [a], si()}]),
     fmt(error, {badmap, a}, [{maps, values, [a], si()}]),
     fmt(error, {badmap, a}, [{maps, to_list, [a], si()}]),
     fmt(error, {badmap, a}, [{maps, size, [a], si()}]),
     fmt(error, badarg, [{maps, from_list, [a], si()}]),
     fmt(error, badarg, [{maps, from_list, [[a | b]], si()}]),
     fmt(error, badarg, [{maps, from_list, [[a]], si()}]),
     fmt(error, {badmap, a}, [{maps, merge, [a, b], si()}]),
     fmt(error, {badmap, b}, [{maps, merge, [#{}, b], si()}]),
     fmt(error, badarg, [{lists, reverse, [a, []], si()}]),
     fmt(error, badarg, [{lists, member, [a, b], si()}]),
     fmt(error, badarg, [{lists, keyfind, [a, 0, []], si()}]),
     fmt(error, badarg, [{lists, keyfind, [a, b, c], si()}]),
     fmt(error, badarg, [{lists, keymember, [a, 1, [x | y]], si()}]),
     fmt(error, badarg, [{lists, keysearch, [a, -5, []], si()}]),
     fmt(error, badarg, [{erlang, atom_to_list, [1], si()}]),
     fmt(error, badarg, [{lists, member, [a, b], ei()}]),
     %% not a stack trace: {Reason, Stack} is printed
     fmt(error, badarg, not_a_stack),
     fmt(error, foo, [bad_frame]),
     fmt(exit, foo, [{a, b, c, d}]),
     fmt(error, badarith, [{errs, f, 0, [{file, "errs.erl"}]}]),
     fmt(error, badarith, [{errs, f, 0, [{line, 3}]}]),
     fmt(error, badarith, shell_tail())].

%% binary construction (erl_erts_errors:format_bs_fail)
bs_texts() ->
    [fmt(R, Reason0, [{eval_bits, eval_exp_field, 6,
                        [{file, "eval_bits.erl"}, {line, 143},
                         {error_info, maps:merge(#{cause => Cause, function => format_bs_fail,
                                                   module => erl_erts_errors}, Extra)}]},
                       {eval_bits, create_binary, 2, [{file, "eval_bits.erl"}, {line, 77}]} | shell_tail()])
      || {R, Reason0, Cause, Extra} <-
             [{error, badarg, {1, integer, type, a}, #{}},
              {error, badarg, {1, integer, type, a}, #{override_segment_position => 3}},
              {error, badarg, {2, binary, type, 1.5}, #{}},
              {error, badarg, {1, float, type, "str"}, #{}},
              {error, badarg, {1, utf8, type, -1}, #{}},
              {error, badarg, {1, utf16, type, lists:seq(1, 40)}, #{}},
              {error, badarg, {1, float, invalid, 12}, #{}},
              {error, badarg, {1, float, no_float, 1 bsl 1100}, #{}},
              {error, badarg, {1, binary, unit, <<1, 2, 3:5>>}, #{}},
              {error, badarg, {1, binary, short, list_to_binary(lists:seq(1, 40))}, #{}},
              {error, badarg, {1, binary, short, <<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17:3>>}, #{}},
              {error, badarg, {1, integer, size, -1}, #{}},
              {error, badarg, {1, integer, size, {a, lists:seq(1, 30)}}, #{}},
              {error, badarg, {1, integer, size, 123456789012345678901234567890123456789012345678901234567890}, #{}},
              {error, system_limit, {1, binary, binary, size}, #{}},
              {error, system_limit, {1, integer, size, 1 bsl 60}, #{}},
              {error, badarg, {1, integer, other, x}, #{}},
              {error, badarg, not_a_cause, #{}},
              {error, other_reason, {1, integer, type, a}, #{}}]].

main(_) ->
    lists:foreach(fun(T) -> io:put_chars(T), io:put_chars("--\n") end, bif_texts() ++ other_texts() ++ bs_texts()),
    lists:foreach(fun(T) -> io:put_chars(unicode:characters_to_binary(T)), io:put_chars("--\n") end,
                  terminal_texts()).

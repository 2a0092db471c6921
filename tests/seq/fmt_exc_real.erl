%% Exceptions raised for real, printed as the shell prints them (see
%% fmt_exc.erl): the stack keeps only this module's frames and the BIF's,
%% as the frames of OTP's caller differ.
-module(fmt_exc_real).
-export([main/1]).

-record(rec, {a, b}).

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
            ["** ", erl_error:format_exception(4, Class, Reason, Stack, SF, PF, latin1), "\n"]
    end.

%% the frames of the BIF modules and the first of this module: the deeper frames depend
%% on how each VM keeps return addresses
keep([{M, _, _, _} = F | S]) when M =:= erlang; M =:= io; M =:= maps; M =:= lists -> [F | keep(S)];
keep([{?MODULE, _, _, _} = F | _]) -> [F];
keep([_ | S]) -> keep(S);
keep([]) -> [].

id(X) -> X.

fc(1, a) -> ok.

%% one clause per exception, so the frames name c/1 (fun names differ between compilers)
c(1) -> list_to_atom(id(a));
c(2) -> hd(id([]));
c(3) -> tl(id(a));
c(4) -> element(id(5), {a});
c(5) -> element(id(1), lists:seq(1, 40));
c(6) -> setelement(id(0), {a}, x);
c(7) -> tuple_size(id(a));
c(8) -> length(id([a | b]));
c(9) -> integer_to_list(id(a));
c(10) -> integer_to_list(1, id(99));
c(11) -> list_to_integer(id("abc"));
c(12) -> binary_to_list(id(a));
c(13) -> list_to_binary(id([a]));
c(14) -> atom_to_binary(id(a), id(foo));
c(15) -> binary_to_atom(id(1), utf8);
c(16) -> abs(id(a));
c(17) -> float(id(a));
c(18) -> round(id(a));
c(19) -> trunc(id(a));
c(20) -> tuple_to_list(id(a));
c(21) -> list_to_tuple(id(a));
c(22) -> spawn(id(a)), ok;
c(23) -> spawn(id(a), b, c);
c(24) -> register(id(1), b);
c(25) -> register(id(undefined), b);
c(26) -> whereis(id(1));
c(27) -> erlang:send(id(a), x);
c(28) -> 1 + id(a);
c(29) -> -id(a);
c(30) -> 1 / id(0);
c(31) -> 10 div id(0);
c(32) -> [1] -- id(a);
c(33) -> not id(1);
c(34) -> lists:seq(1, 40) ++ id(a) ++ [1], ok;
c(35) -> id(lists:seq(1, 40)) + 1;
c(36) -> process_flag(id(foo), bar);
c(37) -> process_flag(trap_exit, id(bar));
c(38) -> monitor(id(foo), a);
c(39) -> map_get(a, id(#{}));
c(40) -> map_get(a, id(b));
c(41) -> map_size(id(a));
c(42) -> byte_size(id(a));
c(43) -> binary_part(id(<<1, 2>>), 1, 5);
c(44) -> split_binary(id(<<1>>), 5);
c(45) -> list_to_existing_atom(id("zzzqqqxxxyyy"));
c(46) -> binary_to_term(id(<<1>>));
c(47) -> link(id(a));
c(48) -> is_process_alive(id(a));
c(49) -> demonitor(id(a));
c(50) -> process_info(id(a));
c(51) -> iolist_to_binary(id([a]));
c(52) -> {a, b} = id(lists:seq(1, 40));
c(53) -> {a, b} = id([{k, N} || N <- lists:seq(1, 6)]);
c(54) -> fc(id(1), b);
c(55) -> fc(id(lists:seq(1, 40)), b);
c(56) -> case id(x) of y -> ok end;
c(57) -> X = id(false), if X -> ok end;
c(58) -> try id(x) of y -> ok catch _ -> ok end;
c(59) -> (id(fun(A) -> A end))(1, 2);
c(60) -> (id(fun lists:reverse/1))(1, 2);
c(61) -> (id(not_a_fun))(1);
c(62) -> (id(#{}))#{a := 1};
c(63) -> (id(not_a_map))#{a => 1};
c(64) -> (id(not_a_rec))#rec.a;
c(65) -> throw(id({my, lists:seq(1, 40)}));
c(66) -> exit(id(my_exit));
c(67) -> erlang:error(id(my_err));
c(68) -> erlang:error(badarg, [id(1), 2]);
c(69) -> erlang:error({custom, id(lists:seq(1, 40))});
c(70) -> (id(nomod)):f(1), ok;
c(71) -> maps:put(a, 1, id(b)), ok;
c(72) -> maps:update(a, 1, id(#{})), ok;
c(73) -> maps:remove(a, id(b)), ok;
c(74) -> maps:keys(id(a)), ok;
c(75) -> maps:to_list(id(a)), ok;
c(76) -> maps:from_list(id(a)), ok;
c(77) -> maps:merge(id(a), #{}), ok;
c(78) -> lists:reverse(id(a), []), ok;
c(79) -> lists:member(a, id(b)), ok;
c(80) -> lists:keyfind(a, id(0), []), ok;
c(81) -> lists:keymember(a, 1, id(b)), ok;
c(82) -> io:format(id("~d~n"), [1]), ok;
c(83) -> io:format(id("~p ~p~n"), [1]), ok;
c(84) -> io:format(id(a), "x", []), ok;
c(85) -> io:format(id("~s"), [1]), ok;
c(86) -> io:format(id("~s"), [[1000000]]), ok;
c(87) -> io:format(id(1)), ok;
c(88) -> io:format("~p", id(a)), ok;
c(89) -> io:format(id(foo), [1]), ok;
c(90) -> io:format(id("~b ~f ~e ~c"), [a, 1, b, c]), ok;
c(91) -> io:format(id("~tx"), [1]), ok;
c(92) -> io:format(id("~lz"), [1]), ok;
c(93) -> io:format(id("~ltz"), [1]), ok;
c(94) -> io:format(id("~"), []), ok;
c(95) -> io:format(id("~5.2.*p"), [1]), ok;
c(96) -> io:format(id("~*p"), [a, 1]), ok;
c(97) -> io:format(id(<<"~d">>), []), ok;
c(98) -> io:format(standard_error, id("~d"), []), ok;
c(99) -> io:format(standard_io, 1, id([])), ok;
c(100) -> io:format(user, id("~p ~p"), [1]), ok;
c(101) -> io:format(id("~.0f"), [1.0]), ok;
c(102) -> io:format(id("~x"), [1, 2]), ok;
c(103) -> io:fwrite(id("~d"), [1]), ok;
c(104) -> io:put_chars(id(a)), ok;
c(105) -> io:put_chars(id(x), "a"), ok;
c(106) -> io:put_chars(standard_io, id(a)), ok;
c(107) -> io:format(id([a]), []), ok;
c(108) -> io:format(id(a), 1), ok.

main(_) ->
    lists:foreach(fun(N) ->
                          try c(N) of
                              V -> io:format("no exception: ~p~n", [V])
                          catch
                              C:R:S -> io:put_chars(fmt(C, R, keep(S)))
                          end,
                          io:put_chars("--\n")
                  end, lists:seq(1, 108)).

%% io_lib_pretty:print/1,2 with the options the shell and io:format use:
%% column, line_length, depth, line_max_chars, strings, encoding.
-module(fmt_pretty).
-export([main/1]).

-record(person, {name, age, email, tags = []}).

terms() ->
    Big = lists:seq(1, 100),
    [atom, 'Quoted atom', [], {}, <<>>, #{}, 42, -7, 3.14, 1.0e10, 12345678901234567890123,
     "str", "a long string that goes on and on and on and on and on and on and on and on",
     [1, 2, 3], lists:seq(1, 25), lists:seq(1, 30), Big,
     {ok, lists:seq(1, 30)}, {ok, lists:duplicate(70, $a)},
     list_to_tuple(lists:seq(1, 32)),
     [a | b], [1, 2 | 3], "abc" ++ 1, [$a, $b | c],
     <<"hello">>, <<1, 2, 3>>, list_to_binary(lists:seq(1, 60)), <<1:3>>, <<255, 3:2>>,
     list_to_binary(lists:duplicate(70, $x)), <<"bin with \n newline">>,
     {a, "b", <<"c">>, [$d]},
     #{a => 1}, #{name => "Widget", price => 19.99, qty => 100, tags => [red, blue]},
     #{config => #{cache => #{ttl => 3600},
                   db => #{host => "localhost", password => "secret", port => 5432, user => "admin"}}},
     #{{a, b} => [1, 2, 3], "k" => <<"v">>},
     {state, [alice, bob, carol], #{timeout => 5000}, {counters, 1, 2, 3}, "a long string here"},
     [{item, N, "name"} || N <- lists:seq(1, 12)],
     [{name, "Widget"}, {price, 19.99}, {qty, 100}, {tags, [red, blue, green]}, {sku, <<"SKU-0001">>}],
     {a, {b, {c, {d, {e, {f, {g, {h, lists:seq(1, 25)}}}}}}}},
     deep(40),
     {a_very_long_tag_name_for_testing_indentation_behaviour,
      [one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve]},
     {tag, {another_long_inner_tag_name_here,
            {yet_another_deeply_nested_tag,
             [alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa]}}},
     #person{name = "Joe", age = 42, email = "joe@example.com", tags = [admin, dev]},
     [#person{name = "P" ++ integer_to_list(N), age = N} || N <- lists:seq(1, 4)],
     lists:seq(1, 20) ++ [{a, b}] ++ lists:seq(21, 40),
     [<<1, 2>>, <<"ab">>, [], {}, "str" | lists:seq(1, 25)],
     [[1, 2], [3, 4], [5, [6, [7, [8, [9, [10]]]]]]],
     nest_tuple(33),
     nest_list(34),
     lists:duplicate(5, lists:seq(1, 40)),
     [lists:duplicate(65, $z), "short"],
     {"tuple with a string that is rather long, more than sixty characters", x},
     [1087, 1088, 1080, 1074, 1077, 1090],
     <<"привет"/utf8>>,
     <<"é"/utf8, "abc">>,
     'atom with ü',
     [{K, V} || {K, V} <- lists:zip(lists:seq(1, 8), lists:duplicate(8, <<"value">>))],
     {-1, -2.5, 'and', 'B', '_x', x@y}].

nest_tuple(0) -> x;
nest_tuple(N) -> {nest_tuple(N - 1)}.

nest_list(0) -> x;
nest_list(N) -> [nest_list(N - 1)].

deep(0) -> leaf;
deep(N) -> [N, deep(N - 1)].

options() ->
    [[{column, 1}, {line_length, 80}, {depth, 30}, {line_max_chars, 60}],
     [{column, 1}, {line_length, 80}, {depth, 30}, {line_max_chars, 60}, {encoding, latin1}],
     [{column, 21}, {line_length, 80}, {depth, 30}, {line_max_chars, 60}],
     [{column, 50}, {line_length, 80}, {depth, 30}, {line_max_chars, 60}],
     [],
     [{encoding, latin1}],
     [{encoding, unicode}, {strings, false}],
     [{column, 10}, {line_length, 40}],
     [{depth, 0}],
     [{depth, 1}],
     [{depth, 2}],
     [{depth, 3}],
     [{depth, 5}],
     [{depth, 10}, {line_max_chars, 30}],
     [{line_length, 20}, {line_max_chars, 10}],
     [{line_length, 0}],
     [{column, 0}],
     [{column, -5}, {depth, 4}],
     [{column, 79}],
     [{unknown_option, 1}, {record_print_fun, fun(_, _) -> no end}, {depth, 6}]].

main(_) ->
    Ts = terms(),
    lists:foreach(
      fun({I, O}) ->
              io:format("=== options ~w~n", [I]),
              lists:foreach(
                fun({J, T}) ->
                        R = io_lib_pretty:print(T, O),
                        io:format("~w: ~ts~n", [J, R])
                end, lists:zip(lists:seq(1, length(Ts)), Ts))
      end, lists:zip(lists:seq(1, length(options())), options())),
    io:format("=== print/1~n"),
    [io:format("~ts~n", [io_lib_pretty:print(T)]) || T <- Ts],
    io:format("=== print/2 with a record fun~n"),
    io:format("~ts~n", [io_lib_pretty:print(lists:seq(1, 40), fun(_, _) -> no end)]),
    io:format("~p~n", [lists:flatten(io_lib_pretty:print({a, [1, 2], "x"}, []))]).

%% ~p line breaking of nested and tagged tuples, records and deep terms.
-module(pretty_tuples).
-export([main/1]).

-record(config, {name, hosts = [], options = [], limits = {0, 0}}).

main(_) ->
    io:format("~p~n", [{state, [{users, [alice, bob, carol, dave, eve]},
                                {config, #{mode => fast, retries => 3, timeout => 5000}}],
                        {counters, 1, 2, 3}}]),
    io:format("~p~n", [{ok, lists:seq(1, 30)}]),
    io:format("~p~n", [{a, {b, {c, {d, {e, {f, {g, {h, lists:seq(1, 25)}}}}}}}}]),
    io:format("~p~n", [[{name, "Widget"}, {price, 19.99}, {qty, 100}, {tags, [red, blue, green]}, {sku, <<"SKU-0001">>}]]),
    io:format("~p~n", [{a_very_long_tag_name_for_testing_indentation_behaviour,
                        [one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve]}]),
    io:format("~p~n", [{tag, {another_long_inner_tag_name_here,
                              {yet_another_deeply_nested_tag,
                               [alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa]}}}]),
    io:format("~p~n", [#config{name = "primary", hosts = ["alpha.example.com", "beta.example.com", "gamma.example.com"],
                               options = [{retry, 3}, {timeout, 5000}, verbose], limits = {100, 2000}}]),
    io:format("~p~n", [{1, 2, {3, 4, {5, 6, lists:seq(1, 28)}}}]),
    io:format("~p~n", [{error, {badmatch, lists:seq(1, 40)}}]),
    io:format("~p~n", [{{nested, key}, [{value, 1}, {value, 2}, {value, 3}, {value, 4}, {value, 5}, {value, 6}]}]),
    io:format("~p~n", [list_to_tuple(lists:seq(1, 35))]),
    io:format("~p~n", [{x, "a long string that does not fit on the line with everything else around it", y}]),
    io:format("~p~n", [{ok, {tree, {node, 1, {node, 2, nil, nil}, {node, 3, {node, 4, nil, nil}, nil}}}}]),
    io:format("~p~n", [[{k1, v1}, {k2, [{k21, v21}, {k22, [{k221, v221}, {k222, "a string value here"}]}]}, {k3, v3}]]),
    ok.

%% Error reports print the exit reason with ~p at 80 columns, so a long
%% reason wraps the way io:format("~p") does (crash_long.err). Each crash
%% waits for the DOWN of the previous one, so the reports keep their order.
-module(crash_long).
-export([main/1, one/1, fail/1]).

%% one(L): a badmatch when L is not a one-element list
one(L) ->
    [X] = L,
    X.

%% fail(R): erlang:error(R) from a named function
fail(R) when is_atom(R) -> R;
fail(R) -> erlang:error(R).

crash(F, Arg) ->
    {P, Ref} = spawn_monitor(?MODULE, F, [Arg]),
    receive
        {'DOWN', Ref, process, P, {Reason, _Stack}} ->
            io:format("~p~n", [Reason])
    end.

main(_) ->
    crash(one, lists:seq(1, 40)),
    crash(fail, {config_error, [{name, "Widget"}, {price, 19.99},
                                {tags, [red, green, blue, yellow]},
                                {sku, <<"SKU-0001">>}, {qty, 100}]}),
    crash(fail, {a_rather_long_error_tag_name_for_the_test,
                 {nested_tag_that_is_long_too, lists:seq(1, 12)}}),
    crash(fail, {string, lists:duplicate(90, $x)}),
    crash(one, [lists:seq(1, 30), {tuple, 1, 2, 3}, "text", 2.5]),
    crash(fail, #{key1 => 1, key2 => two, key3 => "three",
                  key4 => [4, 4, 4, 4], key5 => {5}}),
    io:format("done~n"),
    ok.

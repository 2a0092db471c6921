%% The proplists module.
-module(proplists_fns).
-export([main/1]).

main(_) ->
    P = [{name, "beamlet"}, debug, {port, 8080}, {tags, [a]}, {port, 9090},
         {tags, [b, c]}, {verbose, false}, "ignored", {single}],
    show(proplists:get_value(name, P)),
    show(proplists:get_value(port, P)),
    show(proplists:get_value(missing, P)),
    show(proplists:get_value(missing, P, default)),
    show(proplists:get_value(debug, P)),
    show(proplists:get_value(single, P, dflt)),
    show(proplists:get_all_values(port, P)),
    show(proplists:append_values(tags, P)),
    show(proplists:get_bool(debug, P)),
    show(proplists:get_bool(verbose, P)),
    show(proplists:get_bool(missing, P)),
    show(proplists:lookup(port, P)),
    show(proplists:lookup(debug, P)),
    show(proplists:lookup(missing, P)),
    show(proplists:lookup_all(port, P)),
    show(proplists:is_defined(tags, P)),
    show(proplists:is_defined(nope, P)),
    show(proplists:delete(port, P)),
    show(proplists:compact([{a, true}, b, {c, false}, {d, 1}])),
    show(proplists:unfold([a, {b, 2}, c])),
    show(proplists:property(x, true)),
    show(proplists:property(x, 1)),
    show(proplists:property({y, true})),
    show(proplists:split([{a, 1}, {b, 2}, c, {a, 3}, d], [a, c])),
    show(proplists:substitute_aliases([{colour, color}], [{colour, red}, colour, size])),
    show(proplists:substitute_negations([{no_debug, debug}], [no_debug, {no_debug, false}, x])),
    show(proplists:to_map([{a, 1}, b, {a, 2}, {c, 3}])),
    show(proplists:from_map(#{x => 1, y => 2})),
    show(lists:sort(proplists:get_keys(P))),
    ok.

show(V) -> io:format("~p~n", [V]).

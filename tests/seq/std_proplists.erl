%% proplists: expand/2, normalize/2, to_map/1,2 and the lookups, on lists
%% with atoms, pairs, other tuples and non-properties.
-module(std_proplists).
-export([main/1]).

t(F) ->
    try F() catch C:R -> {C, R} end.

main(_) ->
    L = [a, {b, 1}, {c}, {d, 1, 2}, "junk", {a, false}, {b, 2}, e, {f, true}],
    Calls = [
        {property, [{a, true}]}, {property, [{a, 1}]}, {property, [a, true]}, {property, [a, 1]},
        {unfold, [L]}, {compact, [L]},
        {lookup, [a, L]}, {lookup, [c, L]}, {lookup, [z, L]}, {lookup_all, [a, L]}, {lookup_all, [b, L]},
        {is_defined, [d, L]}, {is_defined, [z, L]},
        {get_value, [a, L]}, {get_value, [b, L]}, {get_value, [c, L]}, {get_value, [z, L]}, {get_value, [z, L, def]},
        {get_all_values, [b, L]}, {append_values, [b, [{b, [1, 2]}, {b, 3}, b]]},
        {get_bool, [a, L]}, {get_bool, [f, L]}, {get_bool, [b, L]},
        {get_keys, [L]}, {delete, [a, L]}, {delete, [b, L]},
        {split, [L, [a, b, z]]},
        {substitute_aliases, [[{a, aa}, {b, bb}], L]},
        {substitute_negations, [[{a, no_a}, {e, no_e}, {f, no_f}], L]},
        {to_map, [L]}, {from_map, [#{x => 1, y => 2}]},
        {expand, [[{a, [x, {y, 1}]}], L]},
        {expand, [[{{a, false}, [not_a]}], L]},
        {expand, [[{{b, 1}, [b1]}, {{b, 2}, [b2]}], L]},
        {expand, [[{e, [e1, e2]}, {e, [again]}], L]},
        {expand, [[{z, [zz]}], L]},
        {expand, [[{"str", [x]}, junk], L]},
        {normalize, [L, [{aliases, [{a, aa}]}, {negations, [{e, no_e}]}, {expand, [{{b, 1}, [bee]}]}]]},
        {normalize, [L, []]},
        {to_map, [L, [{aliases, [{b, bb}]}, {expand, [{e, [{e, expanded}]}]}]]},
        {normalize, [L, [bad]]}, {to_map, [L, [{other, []}]]}, {expand, [[], x]},
        {lookup, [a, x]}, {get_value, [a, x]}, {delete, [a, x]}
    ],
    [io:format("~p~p: ~p~n", [F, A, t(fun() -> apply(proplists, F, A) end)]) || {F, A} <- Calls],
    ok.

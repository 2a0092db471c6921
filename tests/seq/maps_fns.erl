%% The maps module: higher-order functions and helpers.
-module(maps_fns).
-export([main/1]).

main(_) ->
    M = #{a => 1, b => 2, c => 3, d => 4},
    show(maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)),
    show(maps:fold(fun(_, V, Sum) -> V + Sum end, 0, M)),
    show(maps:map(fun(_, V) -> V * 10 end, M)),
    show(maps:map(fun(K, V) -> {K, V} end, #{})),
    show(maps:filter(fun(_, V) -> V rem 2 =:= 0 end, M)),
    show(maps:filtermap(fun(a, _) -> false; (b, V) -> {true, V * 100}; (_, _) -> true end, M)),
    maps:foreach(fun(K, V) -> io:format("~p=~p~n", [K, V]) end, M),
    show(maps:with([a, c, z], M)),
    show(maps:without([a, c, z], M)),
    show(maps:get(a, M, none)),
    show(maps:get(z, M, none)),
    show(maps:update_with(a, fun(V) -> V + 100 end, M)),
    show(maps:update_with(z, fun(V) -> V + 100 end, 0, M)),
    show(maps:merge_with(fun(_, V1, V2) -> V1 + V2 end, #{a => 1, b => 2}, #{b => 10, c => 20})),
    show(maps:intersect(#{a => 1, b => 2}, #{b => 3, c => 4})),
    show(maps:intersect_with(fun(K, V1, V2) -> {K, V1, V2} end, #{a => 1, b => 2}, #{b => 3, c => 4})),
    show(maps:from_keys([x, y, z], 0)),
    show(maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))),
    show(maps:groups_from_list(fun erlang:length/1, fun lists:reverse/1, ["ab", "cd", "e", "fgh"])),
    I0 = maps:iterator(#{one => 1, two => 2}),
    {K1, V1, I1} = maps:next(I0),
    {K2, V2, I2} = maps:next(I1),
    show([{K1, V1}, {K2, V2}, maps:next(I2)]),
    show(catch maps:update_with(z, fun(V) -> V end, M)),
    show(catch maps:map(fun(K, V) -> {K, V} end, not_a_map)),
    show(catch maps:get(a, not_a_map, default)),
    show(catch maps:with([a], [])),
    Inventory = #{apples => 3, pears => 0, plums => 7},
    InStock = maps:keys(maps:filter(fun(_, N) -> N > 0 end, Inventory)),
    show(InStock),
    show(maps:fold(fun(K, V, Acc) -> Acc ++ [atom_to_list(K) ++ "=" ++ integer_to_list(V)] end, [], Inventory)),
    ok.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

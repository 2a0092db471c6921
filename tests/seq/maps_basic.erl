%% Map creation, update with => and :=, access, and map BIFs.
-module(maps_basic).
-export([main/1]).

main(_) ->
    M0 = #{},
    show(M0),
    M1 = #{a => 1, b => 2},
    show(M1),
    M2 = M1#{c => 3},
    show(M2),
    M3 = M2#{a := 100},
    show(M3),
    show(M1#{a => x, d => y}),
    show(#{b => 2, a => 1} =:= #{a => 1, b => 2}),
    show(map_size(M3)),
    show(maps:get(a, M3)),
    show(maps:get(z, M3, default)),
    show(maps:find(b, M3)),
    show(maps:find(z, M3)),
    show(maps:is_key(c, M3)),
    show(is_map_key(c, M3)),
    show(map_get(b, M3)),
    show(maps:keys(M3)),
    show(maps:values(M3)),
    show(maps:to_list(M3)),
    show(maps:from_list([{x, 1}, {y, 2}, {x, 3}])),
    show(maps:put(k, v, M1)),
    show(maps:update(a, 0, M1)),
    show(maps:remove(a, M1)),
    show(maps:remove(zz, M1)),
    show(maps:take(a, M1)),
    show(maps:take(zz, M1)),
    show(maps:merge(#{a => 1, b => 2}, #{b => 3, c => 4})),
    show(maps:size(#{1 => 2})),
    show(maps:new()),
    show(#{1 => one, 1.0 => float_one}),
    show(#{{a, b} => tuple, [1] => list, "s" => string, 42 => int, x => atom}),
    show(#{a => #{b => #{c => deep}}}),
    show(is_map(M1)),
    show(catch M1#{zz := 1}),
    show(catch maps:get(zz, M1)),
    show(catch maps:update(zz, 1, M1)),
    show(catch (list_to_atom("notmap"))#{a => 1}),
    show(#{a => 1} < #{a => 2}),
    show(#{b => 1} < #{a => 1, b => 1}),
    show(#{} < []),
    ok.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

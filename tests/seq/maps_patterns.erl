%% Map patterns in function heads, case, match and guards.
-module(maps_patterns).
-export([main/1]).

main(_) ->
    M = #{name => "Ada", age => 36, lang => erlang},
    #{name := Name} = M,
    show(Name),
    #{age := Age, lang := Lang} = M,
    show({Age, Lang}),
    show(describe(M)),
    show(describe(#{name => "Bob"})),
    show(describe(#{})),
    show(describe(not_a_map)),
    show(older(M, 30)),
    show(older(M, 40)),
    K = lang,
    #{K := V} = M,
    show(V),
    show(case M of
             #{age := A} when A > 18 -> adult;
             _ -> minor
         end),
    show(lookup(#{1 => one, 2 => two}, 2)),
    show(lookup(#{1 => one, 2 => two}, 3)),
    show(catch begin #{missing := _} = M, ok end),
    show(count_words(["a", "b", "a", "c", "b", "a"])),
    show(bump(#{hits => 0}, 5)),
    show(#{} = M),
    show(nested(#{outer => #{inner => 7}})),
    ok.

describe(#{name := N, age := A}) -> {person, N, A};
describe(#{name := N}) -> {name_only, N};
describe(#{}) -> empty_map;
describe(_) -> not_a_map.

older(#{age := A}, Min) when A > Min -> true;
older(_, _) -> false.

lookup(M, K) ->
    case M of
        #{K := V} -> {found, V};
        _ -> not_found
    end.

count_words(Ws) ->
    lists:foldl(fun(W, Acc) ->
                        case Acc of
                            #{W := N} -> Acc#{W := N + 1};
                            _ -> Acc#{W => 1}
                        end
                end, #{}, Ws).

bump(M, 0) -> M;
bump(#{hits := H} = M, N) -> bump(M#{hits := H + 1}, N - 1).

nested(#{outer := #{inner := X}}) -> X.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

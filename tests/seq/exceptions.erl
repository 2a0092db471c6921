%% OTP's error reasons for the common run-time errors.
-module(exceptions).
-export([main/1]).

main(_) ->
    T = fun(F) -> try F() of V -> {value, V} catch C:R -> {C, R} end end,
    A = list_to_atom("a"), Zero = length([]), One = length([x]),
    show(T(fun() -> 1 + A end)),
    show(T(fun() -> One div Zero end)),
    show(T(fun() -> {ok, _} = {error, One} end)),
    show(T(fun() -> f(-1) end)),
    show(T(fun() -> case One of 2 -> two end end)),
    show(T(fun() -> if One > 5 -> big end end)),
    show(T(fun() -> nomod:nofun() end)),
    show(T(fun() -> exceptions:nofun(1, 2) end)),
    show(T(fun() -> atom_to_list(One) end)),
    show(T(fun() -> A(1) end)),
    {error, {badarity, {BadFun, BadArgs}}} = T(fun() -> (fun(X) -> X end)(1, 2) end),
    show({badarity, is_function(BadFun, 1), BadArgs}),
    show(T(fun() -> maps:get(k, #{}) end)),
    show(T(fun() -> (#{a => 1})#{b := 2} end)),
    show(T(fun() -> A#{b => 2} end)),
    show(T(fun() -> error(my_error) end)),
    show(T(fun() -> error({my, error}, [1, 2]) end)),
    show(T(fun() -> exit(my_exit) end)),
    show(T(fun() -> throw(my_throw) end)),
    show(T(fun() -> element(5, {1}) end)),
    show(T(fun() -> hd(A) end)),
    show(T(fun() -> length(A) end)),
    show(T(fun() -> [X || X <- A] end)),
    show(T(fun() -> [X || X <- [1, 2], X] end)),
    show(T(fun() -> try One of 2 -> x catch nothing -> y end end)),
    show(T(fun() -> One + 0.5 * list_to_float("1.0e308") * 10 end)),
    show(T(fun() -> <<One:A>> end)),
    show(T(fun() -> abs(A) end)),
    show(T(fun() -> lists:nth(0, [1]) end)),
    show(T(fun() -> 1 bsl (1 bsl 70) end)),
    show(T(fun() -> list_to_atom(lists:duplicate(256, $a)) end)),
    show(T(fun() -> erlang:error(badarg) end)),
    show(T(fun() -> binary_to_atom(<<"x">>, latin2) end)),
    ok.

f(N) when N > 0 -> N.

show(V) -> io:format("~p~n", [V]).

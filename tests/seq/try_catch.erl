%% try ... of ... catch Class:Reason ... end, with every class.
-module(try_catch).
-export([main/1]).

main(_) ->
    show(safe(fun() -> 1 + 1 end)),
    show(safe(fun() -> throw(ball) end)),
    show(safe(fun() -> error(oops) end)),
    show(safe(fun() -> exit(bye) end)),
    show(safe(fun() -> 1 / zero() end)),
    show(safe(fun() -> {ok, X} = {error, 1}, X end)),
    show(try 42 of
             42 -> matched;
             _ -> other
         catch
             _:_ -> caught
         end),
    show(try throw(x) of
             _ -> not_here
         catch
             throw:x -> thrown_x
         end),
    show(try error(badarg) catch error:badarg -> bad_arg end),
    show(try exit(normal) catch exit:Why -> {exit, Why} end),
    show(try throw(42) catch Val -> {default_class_is_throw, Val} end),
    show(try error({custom, 1}) catch error:{custom, N} -> N + 1 end),
    show(catch try error(inner) catch throw:_ -> no end),
    show(try try error(a) catch error:a -> error(b) end catch error:E2 -> {rethrown, E2} end),
    show(try error(x, [arg1, arg2]) catch error:R -> R end),
    show(nested(3)),
    show(try [1, 2, 3] of [H | _] -> H catch _:_ -> none end),
    show(try ok catch _:_ -> x end),
    show(try
             V = 10,
             V * 2
         of
             20 -> twenty
         catch
             _:_ -> err
         end),
    show(catch try 1 of 2 -> two catch _:_ -> caught end),
    show(try erlang:raise(throw, raised, []) catch throw:raised -> ok_raised end),
    show(try erlang:raise(error, r2, []) catch C:Rr -> {C, Rr} end),
    ok.

zero() -> 0.

safe(F) ->
    try F() of
        V -> {ok, V}
    catch
        throw:T -> {thrown, T};
        error:E -> {error, E};
        exit:X -> {exit, X}
    end.

nested(0) -> throw(bottom);
nested(N) ->
    try nested(N - 1)
    catch throw:bottom when N =:= 2 -> {caught_at, N}
    end.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

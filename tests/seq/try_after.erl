%% try ... after: the after body runs on every path and keeps the result.
-module(try_after).
-export([main/1]).

main(_) ->
    show(t1()),
    show(catch t2()),
    show(t3()),
    show(t4()),
    show(catch t5()),
    show(t6()),
    ok.

t1() ->
    try
        io:format("body~n"),
        body_value
    after
        io:format("after 1~n"),
        after_value_ignored
    end.

t2() ->
    try
        error(boom)
    after
        io:format("after 2~n")
    end.

t3() ->
    try throw(t)
    catch throw:t -> io:format("catch 3~n"), caught
    after io:format("after 3~n")
    end.

t4() ->
    try
        try error(inner)
        after io:format("inner after~n")
        end
    catch
        error:inner -> io:format("outer catch~n"), outer
    after
        io:format("outer after~n")
    end.

t5() ->
    try 1 of
        1 -> io:format("of clause~n"), error(in_of)
    catch
        error:in_of -> not_reached_for_of_errors
    after
        io:format("after 5~n")
    end.

t6() ->
    L = [try check(X) of
             V -> V
         catch
             throw:zero -> z
         after
             io:format("after ~p~n", [X])
         end || X <- [1, 0, 2]],
    L.

check(0) -> throw(zero);
check(X) -> X.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

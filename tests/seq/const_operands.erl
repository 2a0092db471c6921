%% Comparisons and arithmetic between a variable and a small constant, for
%% every kind of variable: the VM takes a fast path for small integers and
%% must give the same results as the general case for everything else.
-module(const_operands).
-export([main/1]).

main(_) ->
    Values = [0, 7, -3, 576460752303423487, -576460752303423488,
              123456789012345678901234567890, 2.5, -1.0e300, a, "s", {t}, <<"b">>],
    [io:format("~p~n", [{V, lt(V), ge(V), eq(V), reason(fun add/1, V), reason(fun sub/1, V)}]) || V <- Values],
    io:format("~p~n", [[X || X <- Values, X < 5]]),
    io:format("~p~n", [[X || X <- Values, X >= 1.5]]),
    ok.

lt(X) when X < 5 -> less;
lt(_) -> not_less.

ge(X) when X >= 2 -> ge;
ge(_) -> lt.

eq(7) -> seven;
eq(a) -> atom_a;
eq(_) -> other.

%% the result, or the error's reason (stack traces differ under OTP's eval)
reason(F, V) ->
    try F(V) catch error:R -> {error, R} end.

add(X) -> X + 1.
sub(X) -> X - 1.

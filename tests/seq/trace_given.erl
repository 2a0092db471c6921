%% Stack traces that are given rather than built: erlang:raise/3 keeps the
%% stack it is given (also for function_clause), and an undefined function
%% reached by a tail call has no frame for the caller, which is gone from
%% the stack (OTP's error handler takes the missing function's place); so
%% has a BIF reached by apply/3 as a last call (but not a BIF called
%% directly as a last call).
-module(trace_given).
-export([main/1, tail/0, body/0, a/3, b/1]).

tail() -> missing_mod:f(1, 2).
body() -> X = missing_mod:g(1), {X}.

top(L) -> lists:sublist(L, 2).

a(M, F, As) -> apply(M, F, As).
b(X) -> length(X).

mfs(Fun) ->
    try Fun() catch _:_:S -> io:format("~p~n", [[{M, F} || {M, F, _, _} <- lists:sublist(S, 2)]]) end.

main(_) ->
    try erlang:raise(error, function_clause, [{shell, f, 1, []}])
    catch C:R:S -> io:format("~p~n", [{C, R, S}]) end,
    try erlang:raise(throw, foo, [{m, f, [a], [{file, "m.erl"}, {line, 3}]}])
    catch C2:R2:S2 -> io:format("~p~n", [{C2, R2, S2}]) end,
    io:format("~p~n", [catch erlang:raise(exit, foo, [{shell, f, 1, []}])]),
    io:format("~p~n", [catch erlang:raise(error, foo, bad)]),
    {'EXIT', {undef, T1}} = (catch tail()),
    io:format("~p~n", [top(T1)]),
    {'EXIT', {undef, T2}} = (catch body()),
    io:format("~p~n", [top(T2)]),
    {'EXIT', {undef, T3}} = (catch ?MODULE:tail()),
    io:format("~p~n", [top(T3)]),
    mfs(fun() -> a(erlang, length, [x]) end),
    mfs(fun() -> b(x) end),
    mfs(fun() -> X = apply(erlang, length, [x]), X end).

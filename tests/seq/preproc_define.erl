%% The preprocessor: -define with and without arguments, predefined macros.
-module(preproc_define).
-export([main/1, helper2/0]).

-define(PI, 3.14159).
-define(GREETING, "hello").
-define(SQUARE(X), ((X) * (X))).
-define(MAX(A, B), (if (A) > (B) -> (A); true -> (B) end)).
-define(PAIR(A, B), {A, B}).
-define(LOG(Fmt, Args), io:format("[~s:~p] " ++ Fmt ++ "~n", [?MODULE_STRING, ?LINE | Args])).
-define(EMPTY, ).
-define(TWICE(E), begin E, E end).
-define(NESTED, ?SQUARE(3) + 1).

main(_) ->
    io:format("~p~n", [?PI]),
    io:format("~p~n", [?GREETING]),
    io:format("~p~n", [?SQUARE(7)]),
    io:format("~p~n", [?SQUARE(1 + 2)]),
    io:format("~p~n", [?MAX(3, 9)]),
    io:format("~p~n", [?PAIR(x, [1, 2])]),
    io:format("~p~n", [?MODULE]),
    io:format("~p~n", [?MODULE_STRING]),
    io:format("~p~n", [?LINE]),
    io:format("~p~n", [?FILE]),
    io:format("~p~n", [?FUNCTION_NAME]),
    io:format("~p~n", [?FUNCTION_ARITY]),
    io:format("~p~n", [helper()]),
    ?LOG("value ~p", [42]),
    ?LOG("two ~p ~p", [a, b]),
    io:format("~p~n", [[?EMPTY 1]]),
    ?TWICE(io:format("twice~n")),
    io:format("~p~n", [?NESTED]),
    io:format("~p~n", [?MODULE:helper2()]),
    ok.

helper() -> {?FUNCTION_NAME, ?FUNCTION_ARITY, ?LINE}.

helper2() -> ?MODULE_STRING ++ "!".

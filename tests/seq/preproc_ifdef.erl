%% -ifdef / -ifndef / -else / -endif / -undef, and macro overloading by arity.
-module(preproc_ifdef).
-export([main/1]).

-define(DEBUG, true).
-define(LEVEL, 2).

-ifdef(DEBUG).
-define(TRACE(X), io:format("trace: ~p~n", [X])).
-else.
-define(TRACE(X), ok).
-endif.

-ifndef(RELEASE).
-define(MODE, development).
-else.
-define(MODE, release).
-endif.

-undef(LEVEL).
-ifdef(LEVEL).
level() -> defined.
-else.
level() -> undefined_now.
-endif.

-define(LEVEL, 5).

-define(F(), zero_args).
-define(F(X), {one_arg, X}).
-define(F(X, Y), {two_args, X, Y}).

-ifdef(NOT_DEFINED).
this is not Erlang at all.
-endif.

-ifdef(DEBUG).
-ifdef(NOT_DEFINED).
nested() -> wrong.
-else.
nested() -> inner_else.
-endif.
-endif.

main(_) ->
    ?TRACE(started),
    io:format("~p~n", [?MODE]),
    io:format("~p~n", [level()]),
    io:format("~p~n", [?LEVEL]),
    io:format("~p ~p ~p~n", [?F(), ?F(1), ?F(1, 2)]),
    io:format("~p~n", [nested()]),
    ok.

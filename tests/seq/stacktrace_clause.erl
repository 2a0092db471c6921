%% Stack traces of function_clause (arguments instead of the arity) and
%% case_clause errors.
-module(stacktrace_clause).
-export([main/1]).

main(_) ->
    show(fun() -> classify(-1) end),
    show(fun() -> pick(x) end),
    show(fun() -> wrap(5) end),
    ok.

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        Class:Reason:Stack ->
            io:format("~p:~p~n", [Class, Reason]),
            [io:format("  ~p~n", [Fr]) || Fr <- Stack, element(1, Fr) =:= ?MODULE,
                                          element(2, Fr) =/= show]
    end.

classify(N) when N > 0 -> pos.

pick(K) ->
    V = case K of
            a -> 1;
            b -> 2
        end,
    V * 2.

wrap(N) ->
    Res = [classify(N), classify(N - 10)],
    {ok, Res}.

%% The process dictionary: put, get, erase, get_keys.
-module(proc_dict).
-export([main/1]).

main(_) ->
    io:format("~p~n", [put(a, 1)]),
    io:format("~p~n", [put(a, 2)]),
    io:format("~p~n", [get(a)]),
    io:format("~p~n", [get(missing)]),
    put(b, 1), put(c, 2), put({tuple, key}, "v"),
    io:format("~p~n", [lists:sort(get_keys())]),
    io:format("~p~n", [lists:sort(get_keys(1))]),
    io:format("~p~n", [lists:sort(get())]),
    io:format("~p~n", [erase(b)]),
    io:format("~p~n", [erase(b)]),
    [put({count, I}, I * I) || I <- lists:seq(1, 5)],
    io:format("~p~n", [lists:sum([get({count, I}) || I <- lists:seq(1, 5)])]),
    io:format("~p~n", [memo_fib(90)]),
    Old = erase(),
    io:format("~p ~p~n", [length(Old) > 5, get()]),
    ok.

memo_fib(N) when N < 2 -> N;
memo_fib(N) ->
    case get({fib, N}) of
        undefined ->
            V = memo_fib(N - 1) + memo_fib(N - 2),
            put({fib, N}, V),
            V;
        V -> V
    end.

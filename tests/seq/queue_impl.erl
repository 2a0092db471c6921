%% A functional FIFO queue as two lists, with a small simulation.
-module(queue_impl).
-export([main/1]).

main(_) ->
    Q0 = new(),
    Q1 = lists:foldl(fun in/2, Q0, [a, b, c]),
    {{value, A}, Q2} = out(Q1),
    Q3 = in(d, Q2),
    io:format("~p ~p~n", [A, to_list(Q3)]),
    io:format("~p~n", [drain(Q3, [])]),
    io:format("~p~n", [out(new())]),
    io:format("~p~n", [josephus(41, 3)]),
    io:format("~p~n", [Q3]),
    ok.

new() -> {[], []}.

in(X, {In, Out}) -> {[X | In], Out}.

out({[], []} = Q) -> {empty, Q};
out({In, [X | Out]}) -> {{value, X}, {In, Out}};
out({In, []}) -> out({[], lists:reverse(In)}).

to_list({In, Out}) -> Out ++ lists:reverse(In).

drain(Q, Acc) ->
    case out(Q) of
        {empty, _} -> lists:reverse(Acc);
        {{value, X}, Q1} -> drain(Q1, [X | Acc])
    end.

josephus(N, K) -> jos(lists:foldl(fun in/2, new(), lists:seq(1, N)), K, 1, []).

jos(Q, K, I, Dead) ->
    case out(Q) of
        {empty, _} -> lists:reverse(Dead);
        {{value, X}, Q1} when I rem K =:= 0 -> jos(Q1, K, I + 1, [X | Dead]);
        {{value, X}, Q1} -> jos(in(X, Q1), K, I + 1, Dead)
    end.

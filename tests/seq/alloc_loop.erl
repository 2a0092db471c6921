%% Allocates a few GB in total while keeping little alive: the GC must reclaim.
-module(alloc_loop).
-export([main/1]).

main(_) ->
    R = loop(400, 0),
    io:format("checksum ~p~n", [R]),
    B = bin_loop(2000, <<>>),
    io:format("binary ~p~n", [byte_size(B)]),
    T = tuple_loop(3000000, {0, 0}),
    io:format("tuple ~p~n", [T]),
    ok.

%% Each round builds and drops a 100,000-element list of small tuples
%% (about 5 MB), 400 times: 2 GB of allocation in all.
loop(0, Acc) -> Acc;
loop(N, Acc) ->
    L = [{I, I * 2} || I <- lists:seq(1, 100000)],
    S = lists:foldl(fun({A, B}, S0) -> (S0 + A + B) rem 1000003 end, 0, L),
    loop(N - 1, (Acc + S) rem 1000003).

bin_loop(0, Keep) -> Keep;
bin_loop(N, _) ->
    Big = list_to_binary(lists:duplicate(100000, N rem 256)),
    <<Keep:16/binary, _/binary>> = Big,
    bin_loop(N - 1, Keep).

tuple_loop(0, T) -> T;
tuple_loop(N, {A, B}) -> tuple_loop(N - 1, {B, (A + N) rem 65536}).

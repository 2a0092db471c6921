%% Every kind of term survives a trip to another process and back (=:=):
%% big lists, bignums, binaries and sub-binaries, floats, funs (called on
%% the other side, and sent back and called here), maps, tuples, refs, pids.
-module(proc_send_terms).
-export([main/1]).

main(_) ->
    E = spawn(fun server/0),
    Big = lists:seq(1, 100000),
    BigBack = echo(E, Big),
    io:format("list 100k: ~p ~p ~p~n", [BigBack =:= Big, length(BigBack), lists:sum(BigBack)]),
    Str = lists:flatten(lists:duplicate(1000, "abc")),
    io:format("string: ~p~n", [echo(E, Str) =:= Str]),
    io:format("improper: ~p~n", [echo(E, [1, 2 | three])]),
    io:format("small: ~p~n", [echo(E, {[], {}, <<>>, #{}, "", atom, -1, 0})]),

    N1 = 1 bsl 200, N2 = -fact(40), N3 = 16#7fffffffffffffff + 1,
    io:format("bignums: ~p~n", [echo(E, [N1, N2, N3])]),
    io:format("bignum equal: ~p~n", [echo(E, N2) =:= N2]),

    Small = <<1, 2, 3, "abc">>,
    io:format("small binary: ~p~n", [echo(E, Small)]),
    Large = list_to_binary([I rem 256 || I <- lists:seq(1, 70000)]),
    LBack = echo(E, Large),
    io:format("large binary: ~p ~p~n", [LBack =:= Large, byte_size(LBack)]),
    <<_:1000/binary, Sub:3000/binary, _/binary>> = Large,
    SBack = echo(E, Sub),
    <<First, _/binary>> = SBack,
    io:format("sub-binary: ~p ~p ~p~n", [SBack =:= Sub, byte_size(SBack), First]),
    <<_:3, Bits:13/bitstring, _/bitstring>> = Small,
    io:format("bitstring: ~p~n", [echo(E, Bits)]),
    io:format("bitstring equal: ~p~n", [echo(E, Bits) =:= Bits]),
    <<_:5, Odd/bitstring>> = Large,
    io:format("unaligned large: ~p ~p~n", [echo(E, Odd) =:= Odd, bit_size(Odd)]),

    Floats = [3.14, -2.5e-300, 1.0e300, 0.1 + 0.2, float(N1)],
    io:format("floats: ~p~n", [echo(E, Floats)]),
    io:format("floats equal: ~p~n", [echo(E, Floats) =:= Floats]),

    K = 11,
    F = fun(X) -> X * K end,
    io:format("call fun there: ~p~n", [call(E, F, 5)]),
    io:format("call export fun there: ~p~n", [call(E, fun lists:reverse/1, [1, 2, 3])]),
    io:format("fun equal: ~p~n", [echo(E, F) =:= F]),
    E ! {self(), make_fun, 100},
    G = receive {E, fun_made, Fun} -> Fun end,
    io:format("call returned fun: ~p ~p~n", [is_function(G, 1), G(1)]),
    io:format("call returned fun twice: ~p~n", [G(G(1))]),

    SmallMap = #{a => 1, "b" => [2], {c} => #{d => 4.0}},
    io:format("small map: ~p ~p~n", [echo(E, SmallMap), echo(E, SmallMap) =:= SmallMap]),
    BigMap = maps:from_list([{I, I * I} || I <- lists:seq(1, 50)]),
    MBack = echo(E, BigMap),
    io:format("big map: ~p ~p~n", [MBack =:= BigMap, maps:size(MBack)]),
    io:format("big map keys: ~p~n", [lists:sort(maps:keys(MBack))]),
    io:format("big map get: ~p~n", [{maps:get(7, MBack), maps:get(50, MBack)}]),

    Deep = lists:foldl(fun(I, Acc) -> {I, Acc} end, leaf, lists:seq(1, 2000)),
    io:format("deep tuple: ~p~n", [echo(E, Deep) =:= Deep]),
    Nested = {a, {b, [c, {d, <<"e">>}], #{f => {g}}}, 1.5, "h"},
    io:format("nested: ~p~n", [echo(E, Nested)]),
    Shared = lists:seq(1, 50),
    io:format("shared: ~p~n", [echo(E, {Shared, Shared, [Shared]}) =:= {Shared, Shared, [Shared]}]),

    Ref = make_ref(),
    RBack = echo(E, Ref),
    io:format("ref: ~p ~p~n", [is_reference(RBack), RBack =:= Ref]),
    PBack = echo(E, self()),
    io:format("pid: ~p ~p~n", [is_pid(PBack), PBack =:= self()]),
    io:format("server pid: ~p~n", [echo(E, E) =:= E]),
    Mixed = [Ref, self(), E, F, BigMap, Sub, N2],
    io:format("mixed: ~p~n", [echo(E, Mixed) =:= Mixed]),

    E ! stop,
    ok.

echo(E, T) ->
    E ! {self(), echo, T},
    receive {E, echoed, Back} -> Back end.

call(E, F, A) ->
    E ! {self(), call, F, A},
    receive {E, called, R} -> R end.

server() ->
    Secret = 41,
    receive
        {From, echo, T} -> From ! {self(), echoed, T}, server();
        {From, call, F, A} -> From ! {self(), called, F(A)}, server();
        {From, make_fun, N} -> From ! {self(), fun_made, fun(X) -> X + N + Secret end}, server();
        stop -> ok
    end.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

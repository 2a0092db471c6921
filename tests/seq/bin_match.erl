%% Matching binaries with the bit syntax.
-module(bin_match).
-export([main/1]).

main(_) ->
    <<A, B, C>> = <<1, 2, 3>>,
    show({A, B, C}),
    <<X:16, Rest/binary>> = <<1, 2, 3, 4>>,
    show({X, Rest}),
    <<L:16/little, _/binary>> = <<1, 2, 3>>,
    show(L),
    <<S:8/signed>> = <<200>>,
    show(S),
    <<U:8/unsigned>> = <<200>>,
    show(U),
    <<S16:16/signed-little>> = <<254, 255>>,
    show(S16),
    <<P:3, Q:5>> = <<255>>,
    show({P, Q}),
    <<Len, Data:Len/binary, Tail/bits>> = <<3, "abcdef">>,
    show({Len, Data, Tail}),
    <<F/float>> = <<1.5/float>>,
    show(F),
    <<F32:32/float>> = <<0.25:32/float>>,
    show(F32),
    <<"GET ", Path/binary>> = <<"GET /index.html">>,
    show(Path),
    <<Ch/utf8, More/binary>> = <<"éa"/utf8>>,
    show({Ch, More}),
    show(utf8_chars(<<"añ€𝄞"/utf8>>)),
    show(parse_header(<<16#CAFE:16, 2:8, 7:32, "payload">>)),
    show(parse_header(<<1, 2>>)),
    <<Bits:3/bits, _:5>> = <<2#10110000>>,
    show(Bits),
    <<_:4, Nib:4/bits>> = <<16#AB>>,
    show(Nib),
    show(count_ones(<<255, 1, 128>>, 0)),
    show(split_words(<<"the quick brown fox">>, <<>>, [])),
    show(case <<1, 2>> of <<1, Z>> -> {one, Z}; _ -> other end),
    show(case <<9:4>> of <<W:4>> -> W end),
    show(catch begin <<_:8>> = <<1, 2>>, ok end),
    show(big(<<16#FFFFFFFFFFFFFFFFFF:72>>)),
    ok.

utf8_chars(<<>>) -> [];
utf8_chars(<<C/utf8, R/binary>>) -> [C | utf8_chars(R)].

parse_header(<<Magic:16, Ver:8, Size:32, Body/binary>>) ->
    {Magic, Ver, Size, Body};
parse_header(_) ->
    bad.

count_ones(<<>>, N) -> N;
count_ones(<<1:1, R/bits>>, N) -> count_ones(R, N + 1);
count_ones(<<0:1, R/bits>>, N) -> count_ones(R, N).

split_words(<<>>, W, Acc) -> lists:reverse([W | Acc]);
split_words(<<" ", R/binary>>, W, Acc) -> split_words(R, <<>>, [W | Acc]);
split_words(<<C, R/binary>>, W, Acc) -> split_words(R, <<W/binary, C>>, Acc).

big(<<N:72>>) -> N.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

%% Encoding and decoding a small binary message format (TLV records).
-module(bin_protocol).
-export([main/1]).

main(_) ->
    Msgs = [{int, 42}, {int, -7}, {str, <<"hello">>}, {list, [1, 2, 300]}, {float, 2.5},
            {int, 1 bsl 40}, {str, <<"ünï"/utf8>>}],
    Bin = iolist_to_binary([encode(M) || M <- Msgs]),
    io:format("~p bytes~n~p~n", [byte_size(Bin), Bin]),
    io:format("~p~n", [decode(Bin)]),
    io:format("~p~n", [decode(Bin) =:= Msgs]),
    io:format("~p~n", [try decode(<<9, 0, 1, 0>>) catch C:R -> {C, R} end]),
    io:format("~p~n", [try decode(<<1, 0, 9, 0>>) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [checksum(Bin)]),
    ok.

encode({int, N}) -> <<1, 8:16, N:64/signed>>;
encode({str, B}) -> <<2, (byte_size(B)):16, B/binary>>;
encode({list, L}) -> <<3, (2 * length(L)):16, (list_to_binary([<<X:16>> || X <- L]))/binary>>;
encode({float, F}) -> <<4, 8:16, F/float>>.

decode(<<>>) -> [];
decode(<<T, Len:16, Body:Len/binary, Rest/binary>>) -> [field(T, Body) | decode(Rest)];
decode(Bad) -> throw({bad_frame, Bad}).

field(1, <<N:64/signed>>) -> {int, N};
field(2, B) -> {str, B};
field(3, B) -> {list, words16(B)};
field(4, <<F/float>>) -> {float, F}.

words16(<<X:16, R/binary>>) -> [X | words16(R)];
words16(<<>>) -> [].

checksum(B) -> checksum(B, 0).
checksum(<<X, R/binary>>, S) -> checksum(R, (S * 31 + X) band 16#FFFF);
checksum(<<>>, S) -> S.

%% A small JSON encoder over maps, lists, binaries, numbers and atoms.
-module(json_encode).
-export([main/1]).

main(_) ->
    Doc = #{<<"name">> => <<"beamlet">>, <<"version">> => 1.5, <<"tags">> => [<<"vm">>, <<"erlang">>],
            <<"stable">> => false, <<"deps">> => [], <<"meta">> => #{<<"stars">> => 42, <<"note">> => null},
            <<"quote">> => <<"say \"hi\"\n">>},
    io:format("~s~n", [encode(Doc)]),
    io:format("~s~n", [encode([1, -2.25, true, #{}, [[]], <<"tab\t">>])]),
    io:format("~p~n", [iolist_to_binary(encode(#{<<"k">> => [1, 2, 3]}))]),
    ok.

encode(M) when is_map(M) ->
    Pairs = [[encode(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(M))],
    [${, join(Pairs), $}];
encode(L) when is_list(L) -> [$[, join([encode(X) || X <- L]), $]];
encode(B) when is_binary(B) -> [$", escape(B), $"];
encode(true) -> "true";
encode(false) -> "false";
encode(null) -> "null";
encode(N) when is_integer(N) -> integer_to_list(N);
encode(F) when is_float(F) -> io_lib:format("~p", [F]).

join([]) -> [];
join([H | T]) -> [H | [[$,, X] || X <- T]].

escape(<<>>) -> [];
escape(<<$", R/binary>>) -> [$\\, $" | escape(R)];
escape(<<$\\, R/binary>>) -> [$\\, $\\ | escape(R)];
escape(<<$\n, R/binary>>) -> [$\\, $n | escape(R)];
escape(<<$\t, R/binary>>) -> [$\\, $t | escape(R)];
escape(<<C, R/binary>>) -> [C | escape(R)].

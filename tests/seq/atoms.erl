%% Atoms: quoting when printed, conversions, comparisons.
-module(atoms).
-export([main/1]).

main(_) ->
    As = [hello, 'Hello', 'hello world', 'a-b', '', 'if', 'end', 'case', aB,
          'Ok', nil, true, false, undefined, 'with\'quote', 'back\\slash',
          a@b, a_b, 'a.b', '[]', '{}', '123', x9, 'É', 'tab\tin', 'receive',
          'and', 'orelse', 'div', 'maybe', 'else', 'new\nline'],
    lists:foreach(fun(A) -> io:format("~p ~w ~s~n", [A, A, A]) end, As),
    io:format("~p~n", [atom_to_list('Hello World')]),
    io:format("~p~n", [list_to_atom("made up")]),
    io:format("~p~n", [list_to_atom("ok")]),
    io:format("~p~n", [atom_to_binary(hello, utf8)]),
    io:format("~p~n", [binary_to_atom(<<"bin atom">>, utf8)]),
    io:format("~p~n", [list_to_existing_atom("hello")]),
    io:format("~p~n", [is_atom(hello)]),
    io:format("~p~n", [is_atom("hello")]),
    io:format("~p~n", [is_boolean(true)]),
    io:format("~p~n", [is_boolean(maybe)]),
    io:format("~p~n", [apple < banana]),
    io:format("~p~n", [zebra < 'Zebra']),
    io:format("~p~n", [lists:sort([pear, apple, 'Apple', '', fig])]),
    io:format("~p~n", [length(atom_to_list(abcdefghij))]),
    ok.

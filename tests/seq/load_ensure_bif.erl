%% code:ensure_loaded/1 of a module that has C functions and an Erlang file
%% (io_lib, lists) loads the file, so its Erlang functions are exported at
%% once; a module of C functions only (erlang) is simply there.
-module(load_ensure_bif).
-export([main/1]).
main(_) ->
    io:format("~p~n", [code:ensure_loaded(io_lib)]),
    io:format("~p~n", [erlang:function_exported(io_lib, write_atom, 1)]),
    io:format("~p~n", [code:ensure_loaded(lists)]),
    io:format("~p~n", [erlang:function_exported(lists, foldl, 3)]),
    io:format("~p~n", [code:ensure_loaded(erlang)]),
    io:format("~p~n", [code:ensure_loaded(nosuchmod)]).

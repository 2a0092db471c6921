%% Loading what is not a valid module for the name (otp-behaviour.md 1.4):
%% erlang:load_module/2 with junk or with another module's code returns
%% {error,badfile} and changes nothing; the emulator logs one error report
%% per failure (hot_load_badfile.err). code:load_binary/3 returns the same,
%% but its code server logs a second report that races with the emulator's,
%% so this test sticks to the BIF to keep stderr deterministic.
-module(hot_load_badfile).
-export([main/1]).

main(_) ->
    {ok, hbad, Bin} = compile:file("hot/load_badfile/v1/hbad.erl", [binary]),
    io:format("junk, not loaded: ~p~n", [erlang:load_module(hbad, <<"junk">>)]),
    io:format("module_loaded: ~p~n", [erlang:module_loaded(hbad)]),
    io:format("load: ~p~n", [erlang:load_module(hbad, Bin)]),
    io:format("junk, loaded: ~p~n", [erlang:load_module(hbad, <<"junk">>)]),
    io:format("hbad:vsn(): ~p, check_old_code: ~p~n", [hbad:vsn(), erlang:check_old_code(hbad)]),
    io:format("another module's code: ~p~n", [erlang:load_module(hot_badfile_other, Bin)]),
    io:format("module_loaded hot_badfile_other: ~p~n",
              [erlang:module_loaded(hot_badfile_other)]),
    io:format("hbad:vsn(): ~p, check_old_code: ~p~n", [hbad:vsn(), erlang:check_old_code(hbad)]),
    io:format("not a binary: ~p~n",
              [try erlang:load_module(hbad, not_a_binary) catch C:R -> {C, R} end]),
    ok.

%% Loading bytecode of a format version this VM does not read: refused with
%% {error,badfile} and a report that names the file's version and the VM's
%% (docs/bytecode.md); the module's current code is untouched.
-module(bad_version).
-export([main/1, vsn/0]).

vsn() -> 1.

main(_) ->
    {ok, bad_version, Bin} = compile:file(?FILE, [binary]),
    <<Magic:4/binary, _:16/little, Rest/binary>> = Bin,
    Future = <<Magic/binary, 99:16/little, Rest/binary>>,
    io:format("load_module: ~p~n", [erlang:load_module(bad_version, Future)]),
    io:format("load_binary: ~p~n", [code:load_binary(bad_version, "bad_version.bem", Future)]),
    io:format("still running: ~p, old code: ~p~n", [bad_version:vsn(), erlang:check_old_code(bad_version)]).

%% module_info/0,1 and erlang:function_exported/3 across versions
%% (otp-behaviour.md 1.7). hmi v1 has -vsn("1"), v2 has no -vsn (the vsn
%% attribute is then [N], N the module's MD5 read as a big-endian 128-bit
%% integer), v3 has -vsn(3) and -author(someone). MD5s and vsns are compared,
%% never printed: they depend on the bytecode.
-module(hot_module_info).
-export([main/1]).

file(V) -> "hot/module_info/v" ++ integer_to_list(V) ++ "/hmi.erl".

compile(V) ->
    {ok, hmi, Bin} = compile:file(file(V), [binary]),
    Bin.

load(V, Bin) -> code:load_binary(hmi, file(V), Bin).

call(F) ->
    try F() of
        V -> V
    catch
        C:R when is_tuple(R) -> {C, element(1, R)};
        C:R -> {C, R}
    end.

%% default_vsn(): whether the vsn attribute is the MD5 as an integer
default_vsn() ->
    <<N:128>> = hmi:module_info(md5),
    proplists:get_value(vsn, hmi:module_info(attributes)) =:= [N].

exported() ->
    [{F, A, erlang:function_exported(hmi, F, A)}
     || {F, A} <- [{vsn, 0}, {double, 1}, {triple, 1}, {helper, 1}, {helper, 2},
                   {double, 2}, {module_info, 0}, {module_info, 1}]].

main(_) ->
    io:format("function_exported before loading: ~p~n",
              [erlang:function_exported(hmi, module_info, 0)]),
    io:format("load v1: ~p~n", [load(1, compile(1))]),
    All = hmi:module_info(),
    io:format("module_info/0 keys: ~p~n", [[K || {K, _} <- All]]),
    io:format("module: ~p ~p~n", [hmi:module_info(module), proplists:get_value(module, All)]),
    io:format("exports: ~p~n", [lists:sort(hmi:module_info(exports))]),
    io:format("exports agree: ~p~n",
              [lists:sort(proplists:get_value(exports, All))
               =:= lists:sort(hmi:module_info(exports))]),
    io:format("attributes: ~p~n", [hmi:module_info(attributes)]),
    Md5v1 = hmi:module_info(md5),
    io:format("md5 is a 16-byte binary: ~p~n", [is_binary(Md5v1) andalso byte_size(Md5v1) =:= 16]),
    io:format("md5 agrees: ~p~n", [proplists:get_value(md5, All) =:= Md5v1]),
    io:format("vsn is the default one: ~p~n", [default_vsn()]),
    Fs = hmi:module_info(functions),
    io:format("functions has helper/1: ~p, double/1: ~p, module_info/0: ~p~n",
              [lists:member({helper, 1}, Fs), lists:member({double, 1}, Fs),
               lists:member({module_info, 0}, Fs)]),
    io:format("exports are in functions: ~p~n",
              [hmi:module_info(exports) -- Fs =:= []]),
    io:format("compile is a list: ~p~n", [is_list(hmi:module_info(compile))]),
    io:format("native: ~p~n", [hmi:module_info(native)]),
    io:format("module_info(bad_key): ~p~n", [call(fun() -> hmi:module_info(bad_key) end)]),
    io:format("module_info(\"md5\"): ~p~n", [call(fun() -> hmi:module_info("md5") end)]),
    io:format("function_exported: ~w~n", [exported()]),
    io:format("hmi:double(21): ~p~n", [hmi:double(21)]),

    B2 = compile(2),
    io:format("load v2: ~p~n", [load(2, B2)]),
    io:format("exports: ~p~n", [lists:sort(hmi:module_info(exports))]),
    [{vsn, [N]}] = hmi:module_info(attributes),
    io:format("attributes: [{vsn,[N]}], N an integer: ~p~n", [is_integer(N)]),
    io:format("vsn is the default one: ~p~n", [default_vsn()]),
    Md5v2 = hmi:module_info(md5),
    io:format("md5 differs from v1's: ~p~n", [Md5v2 =/= Md5v1]),
    io:format("function_exported: ~w~n", [exported()]),
    %% the same source compiles to the same code: same md5, same vsn
    io:format("load v2 recompiled: ~p~n", [load(2, compile(2))]),
    io:format("same md5: ~p, same attributes: ~p~n",
              [hmi:module_info(md5) =:= Md5v2, hmi:module_info(attributes) =:= [{vsn, [N]}]]),

    io:format("load v3: ~p~n", [load(3, compile(3))]),
    io:format("attributes: ~p~n", [hmi:module_info(attributes)]),
    io:format("vsn is the default one: ~p~n", [default_vsn()]),
    io:format("md5 differs from v2's: ~p~n", [hmi:module_info(md5) =/= Md5v2]),

    io:format("purge: ~p~n", [code:purge(hmi)]),
    io:format("delete: ~p~n", [code:delete(hmi)]),
    io:format("function_exported: ~w~n", [exported()]),
    io:format("hmi:module_info(): ~p~n", [call(fun() -> hmi:module_info() end)]),
    ok.

%% code:delete/1 and the raw BIFs erlang:delete_module/1 and
%% erlang:purge_module/1 (otp-behaviour.md 1.1, 1.4). Deleting makes the
%% current code old: the module is no longer loaded, a process in it keeps
%% running, and a load succeeds even though old code exists. Deleting while
%% old code exists fails, and the emulator logs "Module hdel must be purged
%% before deleting" each time (three reports, in hot_delete.err).
-module(hot_delete).
-export([main/1]).

compile(V) ->
    {ok, hdel, Bin} = compile:file("hot/delete/v" ++ integer_to_list(V) ++ "/hdel.erl",
                                   [binary]),
    Bin.

%% call(F): F()'s value, or the class and reason (an atom here)
call(F) ->
    try F() of
        V -> V
    catch
        C:R when is_tuple(R) -> {C, element(1, R)};
        C:R -> {C, R}
    end.

ask(P) ->
    P ! {self(), vsn},
    receive
        {vsn, V} -> V
    after 5000 -> exit({timeout, vsn})
    end.

state(M) ->
    io:format("  module_loaded: ~p, is_loaded: ~p, in all_loaded: ~p, check_old_code: ~p~n",
              [erlang:module_loaded(M), is_tuple(code:is_loaded(M)),
               lists:keymember(M, 1, code:all_loaded()), erlang:check_old_code(M)]),
    io:format("  function_exported vsn/0: ~p, ~p:vsn(): ~p~n",
              [erlang:function_exported(M, vsn, 0), M, call(fun() -> M:vsn() end)]),
    %% not loaded and no file on the code path: nothing to load
    io:format("  ensure_loaded: ~p~n", [code:ensure_loaded(M)]).

main(_) ->
    io:format("load v1: ~p~n", [code:load_binary(hdel, "hot/delete/v1/hdel.erl", compile(1))]),
    state(hdel),
    {P, Ref} = spawn_monitor(hdel, loop, []),
    io:format("P vsn: ~p~n", [ask(P)]),

    io:format("delete: ~p~n", [code:delete(hdel)]),
    state(hdel),
    io:format("P alive: ~p, vsn: ~p, check_process_code: ~p~n",
              [is_process_alive(P), ask(P), erlang:check_process_code(P, hdel)]),
    %% no current code, old code exists: report 1
    io:format("delete again: ~p~n", [code:delete(hdel)]),

    %% a load into the empty current slot works although old code exists
    io:format("load v2 (load_module): ~p~n", [erlang:load_module(hdel, compile(2))]),
    io:format("  module_loaded: ~p, check_old_code: ~p, hdel:vsn(): ~p~n",
              [erlang:module_loaded(hdel), erlang:check_old_code(hdel), hdel:vsn()]),
    %% current and old code: report 2, then report 3
    io:format("delete with old code: ~p~n", [code:delete(hdel)]),
    io:format("  module_loaded: ~p, hdel:vsn(): ~p~n", [erlang:module_loaded(hdel), hdel:vsn()]),
    io:format("erlang:delete_module with old code: ~p~n",
              [call(fun() -> erlang:delete_module(hdel) end)]),

    %% the raw purge kills P, which still runs v1
    io:format("erlang:purge_module: ~p~n", [erlang:purge_module(hdel)]),
    receive
        {'DOWN', Ref, process, P, Why} -> io:format("P DOWN reason: ~p~n", [Why])
    after 5000 -> exit({timeout, 'DOWN'})
    end,
    io:format("erlang:purge_module again: ~p~n",
              [call(fun() -> erlang:purge_module(hdel) end)]),
    io:format("erlang:delete_module: ~p~n", [erlang:delete_module(hdel)]),
    io:format("  module_loaded: ~p, check_old_code: ~p, hdel:vsn(): ~p~n",
              [erlang:module_loaded(hdel), erlang:check_old_code(hdel),
               call(fun() -> hdel:vsn() end)]),
    io:format("erlang:purge_module: ~p~n", [erlang:purge_module(hdel)]),
    io:format("  check_old_code: ~p~n", [erlang:check_old_code(hdel)]),

    %% a module that was never loaded
    U = hot_delete_nosuchmod,
    io:format("never loaded: delete ~p~n", [code:delete(U)]),
    io:format("never loaded: erlang:delete_module ~p~n", [erlang:delete_module(U)]),
    io:format("never loaded: erlang:purge_module ~p~n",
              [call(fun() -> erlang:purge_module(U) end)]),
    state(U),

    %% arguments that are not module names
    io:format("bad arguments:~n"),
    [io:format("  ~s: ~p~n", [What, call(F)])
     || {What, F} <- [{"erlang:module_loaded(\"hdel\")", fun() -> erlang:module_loaded("hdel") end},
                      {"erlang:delete_module(\"hdel\")", fun() -> erlang:delete_module("hdel") end},
                      {"erlang:purge_module(42)", fun() -> erlang:purge_module(42) end},
                      {"erlang:check_old_code(\"hdel\")", fun() -> erlang:check_old_code("hdel") end},
                      {"erlang:check_process_code(not_a_pid, hdel)",
                       fun() -> erlang:check_process_code(not_a_pid, hdel) end},
                      {"erlang:check_process_code(self(), \"hdel\")",
                       fun() -> erlang:check_process_code(self(), "hdel") end},
                      {"code:delete(\"hdel\")", fun() -> code:delete("hdel") end}]],
    ok.

%% Funs over a purge (otp-behaviour.md 1.3). A process that only holds a
%% local fun of old code is not executing it: check_process_code is false and
%% the purge does not kill it. Called after the purge, the fun raises badfun
%% while hf has other current code, works again once a byte-identical hf is
%% current, and raises undef once hf is deleted and purged. An export fun
%% always calls the current code, and raises undef when there is none.
-module(hot_funs).
-export([main/1]).

compile(V) ->
    {ok, hf, Bin} = compile:file("hot/funs/v" ++ integer_to_list(V) ++ "/hf.erl", [binary]),
    Bin.

%% call(F): F()'s value, or the class and the kind of error
call(F) ->
    try F() of
        V -> V
    catch
        C:R when is_tuple(R) -> {C, element(1, R)};
        C:R -> {C, R}
    end.

%% holder(F): keeps F and calls it when asked
holder(F) ->
    receive
        {From, call} ->
            From ! {called, call(F)},
            holder(F)
    end.

ask(H) ->
    H ! {self(), call},
    receive
        {called, V} -> V
    after 5000 -> exit({timeout, called})
    end.

main(_) ->
    B1 = compile(1),
    B2 = compile(2),
    io:format("load v1: ~p~n", [erlang:load_module(hf, B1)]),
    F = hf:local_fun(),
    E = fun hf:vsn/0,
    H = spawn(fun() -> holder(F) end),
    io:format("F(): ~w, E(): ~w, holder: ~w~n", [call(F), call(E), ask(H)]),

    io:format("load v2: ~p~n", [erlang:load_module(hf, B2)]),
    io:format("F(): ~w, E(): ~w, holder: ~w~n", [call(F), call(E), ask(H)]),
    io:format("check_process_code holder: ~p, self: ~p~n",
              [erlang:check_process_code(H, hf), erlang:check_process_code(self(), hf)]),
    io:format("purge: ~p~n", [code:purge(hf)]),
    io:format("holder alive: ~p, check_old_code: ~p~n",
              [is_process_alive(H), erlang:check_old_code(hf)]),
    io:format("F(): ~w, E(): ~w, holder: ~w~n", [call(F), call(E), ask(H)]),
    io:format("badfun carries the fun: ~p~n",
              [try F() catch error:{badfun, X} -> X =:= F end]),

    %% v2's fun, then a byte-identical v1 made current again
    F2 = hf:local_fun(),
    io:format("load v1 again: ~p~n", [erlang:load_module(hf, B1)]),
    io:format("F(): ~w, F2(): ~w, E(): ~w, holder: ~w~n",
              [call(F), call(F2), call(E), ask(H)]),
    io:format("purge: ~p~n", [code:purge(hf)]),
    io:format("F(): ~w, F2(): ~w, E(): ~w, holder: ~w~n",
              [call(F), call(F2), call(E), ask(H)]),

    %% deleted: old local funs still run the old code, remote calls fail
    io:format("delete: ~p~n", [code:delete(hf)]),
    io:format("F(): ~w, E(): ~w, hf:vsn(): ~w, holder: ~w~n",
              [call(F), call(E), call(fun() -> hf:vsn() end), ask(H)]),
    %% deleted and purged: no code at all
    io:format("purge: ~p~n", [code:purge(hf)]),
    io:format("F(): ~w, F2(): ~w, E(): ~w, holder: ~w~n",
              [call(F), call(F2), call(E), ask(H)]),
    io:format("holder alive: ~p~n", [is_process_alive(H)]),
    exit(H, kill),
    ok.

%% code:load_binary/3 purges before it loads (otp-behaviour.md 1.4, 1.5):
%% when the module is loaded, the old version is removed first and every
%% process still in it is killed (reason killed), then the new version is
%% loaded and {module,M} returned. A process that moved on to the current
%% version with a ?MODULE: call survives one more load. When the module is
%% not loaded (after code:delete), nothing is purged.
-module(hot_load_binary).
-export([main/1]).

file(V) -> "hot/load_binary/v" ++ integer_to_list(V) ++ "/hlb.erl".

%% load(V): load version V of hlb with code:load_binary/3
load(V) ->
    {ok, hlb, Bin} = compile:file(file(V), [binary]),
    code:load_binary(hlb, file(V), Bin).

ask(P, Req) ->
    P ! {self(), Req},
    receive
        {Req, V} -> V
    after 5000 -> exit({timeout, Req})
    end.

down(Ref, Name) ->
    receive
        {'DOWN', Ref, process, _, Why} -> io:format("~s DOWN reason: ~p~n", [Name, Why])
    after 5000 -> exit({timeout, 'DOWN'})
    end.

main(_) ->
    io:format("is_loaded before: ~p~n", [code:is_loaded(hlb)]),
    io:format("load v1: ~p~n", [load(1)]),
    io:format("is_loaded: ~p, module_loaded: ~p~n",
              [is_tuple(code:is_loaded(hlb)), erlang:module_loaded(hlb)]),
    {P, RefP} = spawn_monitor(hlb, loop, []),
    {Q, RefQ} = spawn_monitor(hlb, loop, []),
    io:format("P vsn: ~p, Q vsn: ~p~n", [ask(P, vsn), ask(Q, vsn)]),

    %% no old code yet: nothing to purge, nobody killed
    io:format("load v2: ~p~n", [load(2)]),
    io:format("P alive: ~p, check_process_code P: ~p, Q: ~p~n",
              [is_process_alive(P), erlang:check_process_code(P, hlb),
               erlang:check_process_code(Q, hlb)]),
    io:format("Q upgrade (answered by): ~p, Q vsn: ~p~n", [ask(Q, upgrade), ask(Q, vsn)]),

    %% v1 is purged: P, still in it, is killed; Q is in v2 and survives
    io:format("load v3: ~p~n", [load(3)]),
    down(RefP, "P"),
    io:format("P alive: ~p, Q alive: ~p, hlb:vsn(): ~p, check_old_code: ~p~n",
              [is_process_alive(P), is_process_alive(Q), hlb:vsn(), erlang:check_old_code(hlb)]),
    io:format("check_process_code Q: ~p~n", [erlang:check_process_code(Q, hlb)]),

    %% one more load purges v2, and Q with it
    io:format("load v1 again: ~p~n", [load(1)]),
    down(RefQ, "Q"),
    io:format("hlb:vsn(): ~p, check_old_code: ~p~n", [hlb:vsn(), erlang:check_old_code(hlb)]),

    %% deleted: the next load_binary does not purge, so R survives it
    io:format("purge: ~p~n", [code:purge(hlb)]),
    {R, RefR} = spawn_monitor(hlb, loop, []),
    io:format("R vsn: ~p~n", [ask(R, vsn)]),
    io:format("delete: ~p~n", [code:delete(hlb)]),
    io:format("load v2: ~p~n", [load(2)]),
    io:format("R alive: ~p, vsn: ~p, check_old_code: ~p, hlb:vsn(): ~p~n",
              [is_process_alive(R), ask(R, vsn), erlang:check_old_code(hlb), hlb:vsn()]),
    io:format("load v3: ~p~n", [load(3)]),
    down(RefR, "R"),
    io:format("hlb:vsn(): ~p, in all_loaded: ~p~n",
              [hlb:vsn(), lists:keymember(hlb, 1, code:all_loaded())]),
    ok.

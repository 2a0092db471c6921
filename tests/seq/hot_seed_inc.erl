%% Seed 003: the Inc GenServer upgraded from +1 to +2 steps while it runs:
%% sys:suspend, load version 2, sys:change_code(Pid, inc, "1", [hello])
%% (version 2's code_change/3 runs, the state is kept), sys:resume.  Then
%% the error paths: change_code on a server that runs (not suspended), and
%% sys calls to a server that is gone.
-module(hot_seed_inc).
-export([main/1]).

file(V) -> "hot/inc/v" ++ integer_to_list(V) ++ "/inc.erl".

%% load(V): what c(inc) does after the source became version V
load(V) ->
    {ok, inc, Bin} = compile:file(file(V), [binary]),
    code:purge(inc),
    io:format("load v~p: ~p~n", [V, code:load_binary(inc, file(V), Bin)]).

main(_) ->
    load(1),
    {ok, Pid} = inc:start_link(),
    io:format("~p~n", [inc:inc(Pid)]),
    io:format("~p~n", [inc:module_info(attributes)]),
    io:format("suspend: ~p~n", [sys:suspend(Pid)]),
    load(2),
    io:format("change_code: ~p~n", [sys:change_code(Pid, inc, "1", [hello])]),
    io:format("resume: ~p~n", [sys:resume(Pid)]),
    io:format("~p~n", [inc:inc(Pid)]),
    io:format("~p~n", [inc:get(Pid)]),
    io:format("~p~n", [sys:get_state(Pid)]),
    io:format("~p~n", [inc:module_info(attributes)]),
    %% not suspended: refused, the server goes on
    io:format("~p~n", [sys:change_code(Pid, inc, "2", [])]),
    io:format("~p~n", [inc:inc(Pid)]),
    unlink(Pid),
    exit(Pid, kill),
    timer:sleep(10),
    io:format("~p~n", [named(catch sys:suspend(Pid), Pid)]),
    io:format("~p~n", [named(catch inc:get(Pid), Pid)]).

%% T with the pid P written as the atom server (pids differ between VMs)
named(P, P) -> server;
named(T, P) when is_tuple(T) -> list_to_tuple(named(tuple_to_list(T), P));
named([H | T], P) -> [named(H, P) | named(T, P)];
named(X, _) -> X.

%% Constants of a purged version that are still referenced keep their
%% values: a literal held in a variable, in the process dictionary, in a
%% mailbox (sent to self before the purge) and in another process's state
%% all print correctly after the version that holds them is purged (and
%% the area is gone: under make asan, reading it would be an error).
-module(hot_literals).
-export([main/1]).

load(V) ->
    File = "hot/literals/v" ++ integer_to_list(V) ++ "/hlit.erl",
    {ok, hlit, Bin} = compile:file(File, [binary]),
    code:load_binary(hlit, File, Bin).

main(_) ->
    {module, hlit} = load(1),
    Big = hlit:big(),
    put(msg, hlit:msg()),
    self() ! {queued, hlit:msg()},
    %% the keeper runs in an exported function of another module (erlang
    %% apply through spawn of a fun here), holding the literal in a call of
    %% this module: it is not executing hlit when the purge comes
    K = spawn(fun() -> keeper(hlit:big()) end),
    K ! {hold, self()},
    receive held -> ok end,
    {module, hlit} = load(2),
    io:format("old code: ~p~n", [erlang:check_old_code(hlit)]),
    io:format("purge: ~p~n", [code:purge(hlit)]),
    io:format("old code after purge: ~p~n", [erlang:check_old_code(hlit)]),
    %% make garbage so that the heaps are collected again
    _ = lists:seq(1, 20000),
    io:format("held: ~p~n", [Big]),
    io:format("dict: ~p~n", [get(msg)]),
    receive {queued, M} -> io:format("mailbox: ~p~n", [M]) end,
    K ! {give, self()},
    receive {kept, T} -> io:format("other process: ~p~n", [T]) end,
    io:format("same: ~p~n", [T =:= Big]),
    io:format("new: ~p ~p~n", [hlit:msg(), element(2, lists:nth(2, element(2, hlit:big())))]).

keeper(T) ->
    receive
        {hold, From} -> From ! held
    end,
    _ = lists:seq(1, 1000),
    receive {give, P} -> P ! {kept, T} end.

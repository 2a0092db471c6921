%% process_info/2 with a list of items, process_info/1 (its keys, in order),
%% dead processes (undefined), bad items and non-pids (badarg), and
%% is_process_alive/1.
-module(pinfo_list).
-export([main/1, idle/0]).

idle() ->
    receive
        stop -> ok
    end.

waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> receive after 1 -> waiting(P) end
    end.

keys(Info) -> [K || {K, _} <- Info].

err(F) ->
    try F() of
        V -> {returned, V}
    catch
        C:R -> {C, R}
    end.

main(_) ->
    P = spawn(?MODULE, idle, []),
    waiting(P),
    P ! {hello, 1},
    waiting(P),
    io:format("list: ~p~n",
              [process_info(P, [status, message_queue_len, trap_exit,
                                registered_name, messages])]),
    io:format("one-item list: ~p~n", [process_info(P, [registered_name])]),
    io:format("empty list: ~p~n", [process_info(P, [])]),
    io:format("repeated: ~p~n", [process_info(P, [trap_exit, trap_exit])]),

    io:format("process_info/1 keys:~n  ~p~n", [keys(process_info(P))]),
    true = register(pinfo_list_named, P),
    io:format("process_info/1 keys, registered:~n  ~p~n", [keys(process_info(P))]),
    io:format("registered_name there: ~p~n",
              [lists:keyfind(registered_name, 1, process_info(P))]),
    Info = process_info(P),
    io:format("from process_info/1: ~p~n",
              [[lists:keyfind(K, 1, Info) ||
                   K <- [initial_call, status, message_queue_len, dictionary,
                         trap_exit]]]),

    io:format("alive: ~p~n", [is_process_alive(P)]),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, _} -> ok end,
    io:format("alive after DOWN: ~p~n", [is_process_alive(P)]),
    io:format("name gone: ~p~n", [whereis(pinfo_list_named)]),
    io:format("dead, /1: ~p~n", [process_info(P)]),
    io:format("dead, item: ~p~n", [process_info(P, status)]),
    io:format("dead, list: ~p~n", [process_info(P, [status, links])]),
    io:format("self alive: ~p~n", [is_process_alive(self())]),

    io:format("unknown item: ~p~n", [err(fun() -> process_info(self(), bogus) end)]),
    io:format("unknown in list: ~p~n",
              [err(fun() -> process_info(self(), [status, bogus]) end)]),
    io:format("unknown item, dead pid: ~p~n", [err(fun() -> process_info(P, bogus) end)]),
    io:format("non-pid: ~p~n", [err(fun() -> process_info(pinfo_list, status) end)]),
    io:format("non-pid /1: ~p~n", [err(fun() -> process_info(42) end)]),
    io:format("not a list: ~p~n", [err(fun() -> process_info(self(), "status") end)]),
    io:format("is_process_alive(foo): ~p~n", [err(fun() -> is_process_alive(foo) end)]),
    ok.

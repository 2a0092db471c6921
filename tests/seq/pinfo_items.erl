%% process_info(Pid, Item) for one item at a time, on a process blocked in
%% a receive in a named function: registered_name, status,
%% message_queue_len, messages, links, monitors, current_function,
%% initial_call, dictionary, trap_exit, reductions, heap_size, memory.
-module(pinfo_items).
-export([main/1, holder/2, hold/0, idle/0]).

%% holder(Parent, Q): set things up, then wait in hold/0
holder(Parent, Q) ->
    put(colour, blue),
    process_flag(trap_exit, true),
    monitor(process, Q),
    Parent ! {ready, self()},
    hold().

hold() ->
    receive
        stop -> ok
    end.

idle() ->
    receive
        stop -> ok
    end.

%% waiting(P): wait until P is blocked in a receive
waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> receive after 1 -> waiting(P) end
    end.

main(_) ->
    Q = spawn(?MODULE, idle, []),
    H = spawn_link(?MODULE, holder, [self(), Q]),
    receive {ready, H} -> ok end,
    waiting(H),

    io:format("registered_name: ~p~n", [process_info(H, registered_name)]),
    true = register(pinfo_items_holder, H),
    io:format("registered_name: ~p~n", [process_info(H, registered_name)]),
    true = unregister(pinfo_items_holder),
    io:format("registered_name: ~p~n", [process_info(H, registered_name)]),

    io:format("status: ~p~n", [process_info(H, status)]),
    io:format("message_queue_len: ~p~n", [process_info(H, message_queue_len)]),
    io:format("messages: ~p~n", [process_info(H, messages)]),
    H ! {a, 1},
    H ! {b, "two"},
    waiting(H),
    io:format("message_queue_len: ~p~n", [process_info(H, message_queue_len)]),
    io:format("messages: ~p~n", [process_info(H, messages)]),
    io:format("status: ~p~n", [process_info(H, status)]),

    {links, Links} = process_info(H, links),
    io:format("links: ~p~n", [[L =:= self() || L <- Links]]),
    {links, QLinks} = process_info(Q, links),
    io:format("links of an unlinked process: ~p~n", [QLinks]),
    {monitors, Mons} = process_info(H, monitors),
    io:format("monitors: ~p~n", [[{T, X =:= Q} || {T, X} <- Mons]]),
    io:format("monitors of one with none: ~p~n", [process_info(Q, monitors)]),

    io:format("current_function: ~p~n", [process_info(H, current_function)]),
    io:format("initial_call: ~p~n", [process_info(H, initial_call)]),
    io:format("initial_call of idle: ~p~n", [process_info(Q, initial_call)]),
    io:format("current_function of self: ~p~n", [process_info(self(), current_function)]),
    io:format("dictionary: ~p~n", [process_info(H, dictionary)]),
    io:format("dictionary of idle: ~p~n", [process_info(Q, dictionary)]),
    io:format("trap_exit: ~p~n", [process_info(H, trap_exit)]),
    io:format("trap_exit of idle: ~p~n", [process_info(Q, trap_exit)]),

    [begin
         {Item, V} = process_info(H, Item),
         io:format("~p: integer ~p, >= 0 ~p~n", [Item, is_integer(V), V >= 0])
     end || Item <- [reductions, heap_size, total_heap_size, stack_size, memory]],
    {memory, Mem} = process_info(H, memory),
    io:format("memory > 0: ~p~n", [Mem > 0]),

    H ! stop,
    Q ! stop,
    ok.

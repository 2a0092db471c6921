%% Process aliases (OTP 24+): a message sent to an active alias reaches its
%% owner; after unalias/1, or (for monitor/3's {alias, demonitor}) after
%% demonitor or the monitor's DOWN, it is dropped; a reply alias takes one
%% message.  A plain reference drops what is sent to it.
-module(proc_alias).
-export([main/1]).

flush() ->
    receive M -> [strip(M) | flush()] after 0 -> [] end.

%% references differ between VMs: show which one
strip({Tag, R}) when is_reference(R) -> {Tag, ref};
strip({'DOWN', _, process, _, Why}) -> {'DOWN', Why};
strip(M) -> M.

main(_) ->
    A = alias(),
    A ! {explicit, 1},
    A ! {explicit, 2},
    io:format("~p~n", [flush()]),
    io:format("~p ~p~n", [unalias(A), unalias(A)]),
    A ! {explicit, 3},
    io:format("~p~n", [flush()]),

    R = alias([reply]),
    R ! {reply, 1},
    R ! {reply, 2},
    io:format("~p~n", [flush()]),

    P = spawn(fun() -> receive stop -> ok end end),
    M = monitor(process, P, [{alias, demonitor}]),
    M ! {demonitor, 1},
    io:format("~p~n", [flush()]),
    demonitor(M, [flush]),
    M ! {demonitor, 2},
    io:format("~p~n", [flush()]),

    M2 = monitor(process, P, [{alias, demonitor}]),
    P ! stop,
    receive {'DOWN', M2, _, _, _} -> ok end,
    M2 ! {after_down, 1},
    io:format("~p~n", [flush()]),

    Q = spawn(fun() -> receive stop -> ok end end),
    M3 = monitor(process, Q, [{alias, reply_demonitor}]),
    M3 ! {reply_demonitor, 1},
    M3 ! {reply_demonitor, 2},
    io:format("~p~n", [flush()]),
    Q ! stop,

    %% another process sends through the alias
    Me = self(),
    A2 = alias(),
    spawn(fun() -> A2 ! {from_other, self() =/= Me} end),
    receive {from_other, X} -> io:format("from_other ~p~n", [X]) end,

    make_ref() ! {plain, 1},
    io:format("~p~n", [flush()]),
    io:format("~p~n", [reason(catch monitor(process, self(), [{alias, bad}]))]),
    io:format("~p~n", [reason(catch alias([bad]))]),
    io:format("~p~n", [reason(catch unalias(self()))]).

reason({'EXIT', {Why, _Stack}}) -> Why.

%% demonitor/1,2: after demonitor no DOWN arrives; [flush] also removes a
%% DOWN already in the mailbox; [info] tells whether a monitor was removed.
-module(mon_demonitor).
-export([main/1, wait/0]).

wait() ->
    receive
        {die, Reason} -> exit(Reason)
    end.

%% queued(N): wait until at least N messages are in the mailbox (the test
%% needs a DOWN queued but not received)
queued(N) ->
    case process_info(self(), message_queue_len) of
        {message_queue_len, L} when L >= N -> ok;
        _ -> receive after 1 -> queued(N) end
    end.

%% dead_down(Reason): a monitor whose DOWN is waiting in the mailbox
dead_down(Reason) ->
    P = spawn(?MODULE, wait, []),
    Ref = monitor(process, P),
    {message_queue_len, Before} = process_info(self(), message_queue_len),
    P ! {die, Reason},
    queued(Before + 1),
    Ref.

no_down(Label, Ref) ->
    receive
        {'DOWN', Ref, _, _, R} -> io:format("~s: DOWN ~p~n", [Label, R])
    after 50 ->
        io:format("~s: no DOWN~n", [Label])
    end.

main(_) ->
    %% demonitor/1 before the target ends: no DOWN for that monitor
    P = spawn(?MODULE, wait, []),
    Ref = monitor(process, P),
    Other = monitor(process, P),
    io:format("demonitor: ~p~n", [demonitor(Ref)]),
    P ! {die, bye},
    receive {'DOWN', Other, process, P, R} -> io:format("other monitor: ~p~n", [R]) end,
    no_down("demonitored", Ref),

    %% demonitor/1 after the DOWN is queued leaves the DOWN there
    Q = dead_down(queued),
    io:format("demonitor late: ~p~n", [demonitor(Q)]),
    no_down("still queued", Q),

    %% [flush] removes it
    F = dead_down(flushed),
    io:format("demonitor flush: ~p~n", [demonitor(F, [flush])]),
    no_down("after flush", F),

    %% [info]: true while the monitor is active, false once it has fired
    A = spawn(?MODULE, wait, []),
    ARef = monitor(process, A),
    io:format("info, active: ~p~n", [demonitor(ARef, [info])]),
    io:format("info, again: ~p~n", [demonitor(ARef, [info])]),
    A ! {die, done},
    I = dead_down(fired),
    io:format("info, fired: ~p~n", [demonitor(I, [info])]),
    no_down("info only", I),
    J = dead_down(fired),
    io:format("flush+info, fired: ~p~n", [demonitor(J, [flush, info])]),
    no_down("flush+info", J),
    io:format("info, unknown ref: ~p~n", [demonitor(make_ref(), [info])]),
    io:format("unknown ref: ~p~n", [demonitor(make_ref())]),
    io:format("empty options: ~p~n", [demonitor(make_ref(), [])]),
    io:format("not a ref: ~p~n",
              [try demonitor(self()) catch error:E1 -> {error, E1} end]),
    io:format("bad option: ~p~n",
              [try demonitor(make_ref(), [bogus]) catch error:E2 -> {error, E2} end]),

    %% a flush takes only the DOWN of that monitor
    self() ! keep_me,
    K = dead_down(flushed),
    true = demonitor(K, [flush]),
    receive M -> io:format("left in mailbox: ~p~n", [M]) after 0 -> ok end,
    receive M2 -> io:format("unexpected: ~p~n", [M2]) after 0 -> ok end,
    ok.

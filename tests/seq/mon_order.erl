%% Signals from one process to another arrive in the order they were sent:
%% a process's messages come before its DOWN (and before its EXIT), and its
%% messages keep their order.
-module(mon_order).
-export([main/1, talker/3]).

%% talker(To, N, Reason): send N numbered messages to To, then end
talker(To, N, Reason) ->
    [To ! {self(), I} || I <- lists:seq(1, N)],
    exit(Reason).

%% queued(N): wait until at least N messages are in the mailbox
queued(N) ->
    case process_info(self(), message_queue_len) of
        {message_queue_len, L} when L >= N -> ok;
        _ -> receive after 1 -> queued(N) end
    end.

%% shape(Msg, P, Ref): the message with the pid and the ref named
shape({P, I}, P, _) -> {p, I};
shape({'DOWN', Ref, process, P, R}, P, Ref) -> {'DOWN', ref, process, p, R};
shape({'EXIT', P, R}, P, _) -> {'EXIT', p, R};
shape(Other, _, _) -> {other, Other}.

main(_) ->
    %% the whole mailbox once everything has arrived
    {P, Ref} = spawn_monitor(?MODULE, talker, [self(), 2, done]),
    queued(3),
    {messages, Ms} = process_info(self(), messages),
    io:format("mailbox: ~p~n", [[shape(M, P, Ref) || M <- Ms]]),
    First = [receive M -> shape(M, P, Ref) end || _ <- [1, 2, 3]],
    io:format("received: ~p~n", [First]),

    %% the same with plain receives only, taken as they come
    {P2, Ref2} = spawn_monitor(?MODULE, talker, [self(), 5, {shut, down}]),
    Got = [receive M -> shape(M, P2, Ref2) end || _ <- lists:seq(1, 6)],
    io:format("in order: ~p~n", [Got]),

    %% many messages: all in order, then DOWN
    {P3, Ref3} = spawn_monitor(?MODULE, talker, [self(), 1000, normal]),
    Seq = [receive {P3, I} -> I end || _ <- lists:seq(1, 1000)],
    io:format("1000 in order: ~p~n", [Seq =:= lists:seq(1, 1000)]),
    receive
        Last -> io:format("after them: ~p~n", [shape(Last, P3, Ref3)])
    end,

    %% a link: messages, then the EXIT
    false = process_flag(trap_exit, true),
    P4 = spawn_link(?MODULE, talker, [self(), 3, linked]),
    Got4 = [receive M -> shape(M, P4, none) end || _ <- lists:seq(1, 4)],
    io:format("linked: ~p~n", [Got4]),

    ok.

%% Message order: from one sender to one receiver messages arrive in send
%% order (1000 each way), a process's messages arrive before its DOWN, and
%% messages from several senders each keep their own order.
-module(proc_send_order).
-export([main/1]).

main(_) ->
    Self = self(),
    N = 1000,

    %% child -> main, taken with a receive that matches anything from it
    S = spawn(fun() -> [Self ! {self(), I} || I <- lists:seq(1, N)] end),
    Got = [receive {S, I} -> I end || _ <- lists:seq(1, N)],
    io:format("child to main in order: ~p~n", [Got =:= lists:seq(1, N)]),
    io:format("first, last: ~p~n", [{hd(Got), lists:last(Got)}]),

    %% main -> child, the child collects and reports back
    C = spawn(fun() -> collect([]) end),
    [C ! {item, I} || I <- lists:seq(1, N)],
    C ! {done, Self},
    receive {C, List} ->
        io:format("main to child in order: ~p~n", [List =:= lists:seq(1, N)]),
        io:format("child got: ~p~n", [length(List)])
    end,

    %% messages come before the sender's DOWN
    {P, Ref} = spawn_monitor(fun() -> Self ! m1, Self ! m2, Self ! m3 end),
    Box = [receive M -> M end || _ <- [1, 2, 3, 4]],
    io:format("before DOWN: ~p~n", [[strip(M, P, Ref) || M <- Box]]),

    %% several senders: each sender's messages keep their order
    Senders = [spawn(fun() -> [Self ! {K, I} || I <- lists:seq(1, 200)] end)
               || K <- [a, b, c]],
    All = [receive M -> M end || _ <- lists:seq(1, 600)],
    PerSender = [[I || {K2, I} <- All, K2 =:= K] || K <- [a, b, c]],
    io:format("per sender in order: ~p~n",
              [[L =:= lists:seq(1, 200) || L <- PerSender]]),
    io:format("senders: ~p~n", [length(Senders)]),

    %% a relay chain keeps order end to end
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end,
                       Self, lists:seq(1, 10)),
    [Last ! {relayed, I} || I <- lists:seq(1, 300)],
    Relayed = [receive {relayed, I} -> I end || _ <- lists:seq(1, 300)],
    io:format("relay chain in order: ~p~n", [Relayed =:= lists:seq(1, 300)]),
    Last ! stop,
    receive stop -> io:format("stop went down the chain~n") end,

    io:format("mailbox empty: ~p~n", [receive X -> X after 0 -> empty end]),
    ok.

collect(Acc) ->
    receive
        {item, I} -> collect([I | Acc]);
        {done, From} -> From ! {self(), lists:reverse(Acc)}
    end.

relay(Next) ->
    receive
        stop -> Next ! stop;
        M -> Next ! M, relay(Next)
    end.

strip({'DOWN', Ref, process, P, R}, P, Ref) -> {'DOWN', R};
strip(M, _, _) -> M.

%% 100,000 processes that all exchange messages: process I sends a token to
%% process I-1 (the first one to main), waits for the token of process I+1
%% (main sends the last one's), reports to main and ends. Main checks every
%% report and every DOWN. Little work per process, so it stays quick.
-module(stress_procs).
-export([main/1, relay/3]).

-define(N, 100000).

%% relay(Parent, Prev, I)
relay(Parent, Prev, I) ->
    Prev ! {token, I},
    receive
        {token, J} -> Parent ! {done, I, J}
    end.

spawn_all(0, _Parent, Prev, Acc) ->
    {Prev, Acc};
spawn_all(K, Parent, Prev, Acc) ->
    I = ?N - K + 1,
    {P, _Ref} = spawn_monitor(?MODULE, relay, [Parent, Prev, I]),
    spawn_all(K - 1, Parent, P, [P | Acc]).

%% collect(Stats): until N reports and N DOWNs
collect({Done, _, _, _, Down, _} = S) when Done =:= ?N, Down =:= ?N ->
    S;
collect({Done, SumI, SumJ, Bad, Down, Abnormal}) ->
    receive
        {done, I, J} ->
            Bad1 = case J =:= I + 1 of true -> Bad; false -> Bad + 1 end,
            collect({Done + 1, SumI + I, SumJ + J, Bad1, Down, Abnormal});
        {'DOWN', _, process, _, normal} ->
            collect({Done, SumI, SumJ, Bad, Down + 1, Abnormal});
        {'DOWN', _, process, _, _} ->
            collect({Done, SumI, SumJ, Bad, Down + 1, Abnormal + 1})
    end.

main(_) ->
    Self = self(),
    {Last, Pids} = spawn_all(?N, Self, Self, []),
    io:format("spawned: ~p~n", [length(Pids)]),
    io:format("all distinct: ~p~n", [length(lists:usort(Pids)) =:= ?N]),
    Last ! {token, ?N + 1},
    First = receive {token, T} -> T end,
    io:format("token from the first: ~p~n", [First]),
    {Done, SumI, SumJ, Bad, Down, Abnormal} = collect({0, 0, 0, 0, 0, 0}),
    io:format("reports: ~p~n", [Done]),
    io:format("sum of I: ~p (expected ~p)~n", [SumI, ?N * (?N + 1) div 2]),
    io:format("sum of J: ~p (expected ~p)~n", [SumJ, ?N * (?N + 1) div 2 + ?N]),
    io:format("wrong neighbour: ~p~n", [Bad]),
    io:format("DOWN: ~p, abnormal: ~p~n", [Down, Abnormal]),
    io:format("still alive: ~p~n", [length([P || P <- Pids, is_process_alive(P)])]),
    receive Extra -> io:format("unexpected: ~p~n", [Extra])
    after 0 -> io:format("mailbox empty~n")
    end,
    ok.

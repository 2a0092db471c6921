-module(ring).
-export([main/1]).

%% A ring of 10,000 processes passing one token 1,000,000 hops: the cost of
%% a send, a receive and a switch to the next process.  Only the hops are
%% timed; building and stopping the ring are not.
-define(PROCS, 10000).
-define(HOPS, 1000000).

main(_) ->
    Self = self(),
    Pids = [spawn(fun() -> start(Self) end) || _ <- lists:seq(1, ?PROCS)],
    link_ring(Pids, hd(Pids)),
    T0 = erlang:monotonic_time(microsecond),
    hd(Pids) ! {token, ?HOPS},
    receive done -> ok end,
    T1 = erlang:monotonic_time(microsecond),
    hd(Pids) ! {stop, ?PROCS - 1},
    receive stopped -> ok end,
    Us = T1 - T0,
    Tenths = Us * 10000 div ?HOPS,
    io:format("ring: ~p hops in ~p us, ~p.~p ns per hop~n",
              [?HOPS, Us, Tenths div 10, Tenths rem 10]).

%% Tell each process which one comes after it; the last one's is the first.
link_ring([P], First) -> P ! {next, First};
link_ring([P | [Q | _] = Rest], First) ->
    P ! {next, Q},
    link_ring(Rest, First).

start(Parent) ->
    receive {next, Next} -> loop(Parent, Next) end.

%% {token, K}: K hops are still to go; the process that receives 0 is where
%% the token stops.  {stop, K} ends this process and K more after it.
loop(Parent, Next) ->
    receive
        {token, 0} ->
            Parent ! done,
            loop(Parent, Next);
        {token, K} ->
            Next ! {token, K - 1},
            loop(Parent, Next);
        {stop, 0} ->
            Parent ! stopped;
        {stop, K} ->
            Next ! {stop, K - 1}
    end.

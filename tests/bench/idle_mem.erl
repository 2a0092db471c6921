-module(idle_mem).
-export([main/1]).

%% 100,000 processes waiting in a receive: the memory one idle process
%% takes, from erlang:memory(processes) before and after, and the time to
%% spawn them and have each reach its receive.
-define(PROCS, 100000).

main(_) ->
    Self = self(),
    M0 = erlang:memory(processes),
    T0 = erlang:monotonic_time(microsecond),
    Last = spawn_chain(Self, Self, ?PROCS),
    ready(?PROCS),
    T1 = erlang:monotonic_time(microsecond),
    M1 = erlang:memory(processes),
    %% stop goes down the chain, from the last spawned to the parent.
    Last ! stop,
    receive stop -> ok end,
    Us = T1 - T0,
    Tenths = Us * 10000 div ?PROCS,
    io:format("idle_mem: ~p processes spawned and waiting in ~p us, ~p.~p ns per process~n",
              [?PROCS, Us, Tenths div 10, Tenths rem 10]),
    io:format("idle_mem: ~p bytes per process~n", [(M1 - M0) div ?PROCS]).

%% Each process knows only the one spawned before it (the first knows the
%% parent), so the parent holds no list of pids that would count as
%% process memory too.
spawn_chain(_, Prev, 0) -> Prev;
spawn_chain(Self, Prev, N) ->
    P = spawn(fun() -> idle(Self, Prev) end),
    spawn_chain(Self, P, N - 1).

idle(Parent, Prev) ->
    Parent ! ready,
    receive stop -> Prev ! stop end.

ready(0) -> ok;
ready(N) ->
    receive ready -> ready(N - 1) end.

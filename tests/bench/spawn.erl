-module(spawn).
-export([main/1]).

%% Spawn 1,000,000 processes that each send one message to their parent and
%% end: the cost of creating, running and ending a process.  They are
%% spawned in batches of 1,000, and the parent collects a batch's messages
%% before it spawns the next, so that at most 1,000 are alive at a time.
-define(PROCS, 1000000).
-define(BATCH, 1000).

main(_) ->
    T0 = erlang:monotonic_time(microsecond),
    batches(self(), ?PROCS div ?BATCH),
    T1 = erlang:monotonic_time(microsecond),
    Us = T1 - T0,
    Tenths = Us * 10000 div ?PROCS,
    io:format("spawn: ~p processes in ~p us, ~p.~p ns per process~n",
              [?PROCS, Us, Tenths div 10, Tenths rem 10]).

batches(_, 0) -> ok;
batches(Self, N) ->
    spawn_n(Self, ?BATCH),
    collect(?BATCH),
    batches(Self, N - 1).

spawn_n(_, 0) -> ok;
spawn_n(Self, N) ->
    spawn(fun() -> Self ! done end),
    spawn_n(Self, N - 1).

collect(0) -> ok;
collect(N) ->
    receive done -> collect(N - 1) end.

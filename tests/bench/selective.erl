-module(selective).
-export([main/1]).

%% A selective receive that has to skip 10,000 queued messages that do not
%% match before it finds the one that does, 10,000 times over: the cost of
%% looking at one message and passing it by.
-define(QUEUED, 10000).
-define(RECEIVES, 10000).

main(_) ->
    Self = self(),
    lists:foreach(fun(I) -> Self ! {other, I} end, lists:seq(1, ?QUEUED)),
    T0 = erlang:monotonic_time(microsecond),
    receives(Self, ?RECEIVES),
    T1 = erlang:monotonic_time(microsecond),
    drain(?QUEUED),
    Us = T1 - T0,
    Skipped = ?QUEUED * ?RECEIVES,
    Tenths = Us * 10000 div Skipped,
    io:format("selective: ~p messages skipped in ~p us, ~p.~p ns per skipped message~n",
              [Skipped, Us, Tenths div 10, Tenths rem 10]).

%% Each matching message is sent after the 10,000 others, so the receive
%% looks at all of them first.
receives(_, 0) -> ok;
receives(Self, N) ->
    Self ! {wanted, N},
    receive {wanted, N} -> receives(Self, N - 1) end.

%% The 10,000 are all still there, in order.
drain(0) -> ok;
drain(N) ->
    receive {other, _} -> drain(N - 1) end.

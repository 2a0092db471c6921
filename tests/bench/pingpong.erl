-module(pingpong).
-export([main/1]).

%% Two processes bouncing a message 1,000,000 round trips: each round trip
%% is two sends, two receives and two process switches.
-define(TRIPS, 1000000).

main(_) ->
    Pong = spawn(fun pong/0),
    T0 = erlang:monotonic_time(microsecond),
    ping(Pong, ?TRIPS),
    T1 = erlang:monotonic_time(microsecond),
    Pong ! stop,
    Us = T1 - T0,
    Tenths = Us * 10000 div ?TRIPS,
    io:format("pingpong: ~p round trips in ~p us, ~p.~p ns per round trip~n",
              [?TRIPS, Us, Tenths div 10, Tenths rem 10]).

ping(_, 0) -> ok;
ping(Pong, N) ->
    Pong ! {ping, self()},
    receive pong -> ping(Pong, N - 1) end.

pong() ->
    receive
        {ping, From} ->
            From ! pong,
            pong();
        stop ->
            ok
    end.

-module(gscall).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

%% 200,000 gen_server:call round trips to a counter server (a monitor,
%% a request, a reply and a demonitor each), then 200,000 casts and one
%% call to wait for them: what an OTP-style server costs per request.
-define(N, 200000).

init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N};
handle_call(inc, _From, N) -> {reply, ok, N + 1}.

handle_cast(inc, N) -> {noreply, N + 1}.

main(_) ->
    {ok, S} = gen_server:start(?MODULE, 0, []),
    T0 = erlang:monotonic_time(microsecond),
    calls(S, ?N),
    T1 = erlang:monotonic_time(microsecond),
    casts(S, ?N),
    Total = gen_server:call(S, get),
    Total = 2 * ?N,
    T2 = erlang:monotonic_time(microsecond),
    Us = T1 - T0,
    Tenths = Us * 10000 div ?N,
    CastTenths = (T2 - T1) * 10000 div ?N,
    io:format("cast: ~p.~p ns per cast~n", [CastTenths div 10, CastTenths rem 10]),
    io:format("gscall: ~p calls in ~p us, ~p.~p ns per call~n",
              [?N, Us, Tenths div 10, Tenths rem 10]).

calls(_, 0) -> ok;
calls(S, K) -> ok = gen_server:call(S, inc), calls(S, K - 1).

casts(_, 0) -> ok;
casts(S, K) -> gen_server:cast(S, inc), casts(S, K - 1).

%% Time: erlang:monotonic_time/0,1 (non-decreasing, in each unit),
%% system_time/0,1, os:timestamp/0, erlang:timestamp/0 and now/0 shapes
%% (now/0 strictly increasing), statistics runtime, wall_clock and
%% reductions shapes, and the time measured around timer:sleep/1.
%% Only properties are printed, never a time value.
-module(timer_time).
-export([main/1]).
-compile({nowarn_deprecated_function, [{erlang, now, 0}]}).

main(_) ->
    M0 = erlang:monotonic_time(),
    M1 = erlang:monotonic_time(),
    io:format("monotonic integer: ~p~n", [is_integer(M0)]),
    io:format("monotonic non-decreasing: ~p~n", [M0 =< M1]),
    Units = [second, millisecond, microsecond, nanosecond, native],
    lists:foreach(
      fun(U) ->
              Ts = [erlang:monotonic_time(U) || _ <- lists:seq(1, 200)],
              io:format("monotonic ~p: ~p ~p~n",
                        [U, lists:all(fun is_integer/1, Ts), Ts =:= lists:sort(Ts)])
      end, Units),
    Ms = erlang:monotonic_time(millisecond),
    Us = erlang:monotonic_time(microsecond),
    Ms2 = erlang:monotonic_time(millisecond),
    io:format("units agree: ~p~n", [Ms * 1000 =< Us + 1000 andalso Us =< Ms2 * 1000 + 1000]),
    io:format("convert_time_unit: ~p~n",
              [[erlang:convert_time_unit(3, second, millisecond),
                erlang:convert_time_unit(2500, millisecond, second),
                erlang:convert_time_unit(7, millisecond, microsecond)]]),

    S0 = erlang:system_time(),
    io:format("system_time integer: ~p~n", [is_integer(S0)]),
    Secs = erlang:system_time(second),
    io:format("system_time(second) after 2020: ~p~n", [Secs > 1577836800]),
    SMs = erlang:system_time(millisecond),
    io:format("system_time ms vs s: ~p~n", [SMs div 1000 >= Secs andalso SMs div 1000 - Secs < 5]),
    io:format("system_time native: ~p~n", [is_integer(erlang:system_time(native))]),

    io:format("os:timestamp: ~p~n", [stamp(os:timestamp())]),
    io:format("erlang:timestamp: ~p~n", [stamp(erlang:timestamp())]),
    {Mega, Sec, _} = os:timestamp(),
    io:format("os:timestamp near system_time: ~p~n", [abs(Mega * 1000000 + Sec - Secs) < 5]),
    Nows = [erlang:now() || _ <- lists:seq(1, 100)],
    io:format("now shape: ~p~n", [lists:all(fun(N) -> stamp(N) =:= ok end, Nows)]),
    io:format("now strictly increasing: ~p~n", [increasing(Nows)]),

    io:format("runtime: ~p~n", [pair(statistics(runtime))]),
    io:format("wall_clock: ~p~n", [pair(statistics(wall_clock))]),
    io:format("reductions: ~p~n", [pair(statistics(reductions))]),
    {W1, _} = statistics(wall_clock),
    {W2, _} = statistics(wall_clock),
    io:format("wall_clock non-decreasing: ~p~n", [W1 =< W2]),

    B = erlang:monotonic_time(millisecond),
    ok = timer:sleep(50),
    A = erlang:monotonic_time(millisecond),
    io:format("sleep 50 took >= 50 ms: ~p~n", [A - B >= 50]),
    BUs = erlang:monotonic_time(microsecond),
    receive after 20 -> ok end,
    AUs = erlang:monotonic_time(microsecond),
    io:format("after 20 took >= 20000 us: ~p~n", [AUs - BUs >= 20000]),
    io:format("native per second > 0: ~p~n", [erlang:convert_time_unit(1, second, native) > 0]),
    ok.

stamp({Mega, Sec, Micro}) when is_integer(Mega), is_integer(Sec), is_integer(Micro),
                               Mega > 0, Sec >= 0, Sec < 1000000,
                               Micro >= 0, Micro < 1000000 ->
    ok;
stamp(Other) ->
    {bad, Other}.

pair({A, B}) when is_integer(A), is_integer(B), A >= 0, B >= 0 -> ok;
pair(Other) -> {bad, Other}.

increasing([A, B | T]) when A < B -> increasing([B | T]);
increasing([_, _ | _]) -> false;
increasing(_) -> true.

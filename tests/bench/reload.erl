-module(reload).
-export([main/1]).

%% Hot code loading under load (issue 4). A server (reload_srv) makes a
%% fully qualified call for each message it handles, so it moves to the
%% newest version; two versions of it, compiled once in memory from
%% reload_srv/v1/ and reload_srv/v2/ beside this file, are loaded in turn
%% with code:load_binary/3, which purges the old code before it loads.
%%
%% * reload with no traffic: 100 reloads while the server waits, each timed
%%   alone (purge + load); between two reloads, not timed, one call to the
%%   server moves it to the version just loaded, else the next purge would
%%   kill it;
%% * calls without reloads: a client calls the server (request and reply,
%%   with a monitor and a timeout, as gen_server:call) for 1 s, in ten
%%   windows of 100 ms;
%% * reload under traffic: the same, with 100 reloads spread over the time
%%   (one every 10 ms, or as soon as the server has left the old code if a
%%   reload took longer than that, else the next purge would kill it), each
%%   timed alone. The windows with and without reloads take turns (in the
%%   order AB BA AB ...), so that the load other programs put on the
%%   machine weighs on both alike. The call rate kept is the call rate with
%%   reloads over the one without; a call lost is one that got no reply
%%   (the server died, or 1 s went by), and there must be none;
%% * purge scan: with 100,000 processes waiting in a receive in this
%%   module, code:purge/1 of reload_srv's old code, which none of them
%%   runs: the cost of looking at every process.
-define(RELOADS, 100).
-define(PERIOD_MS, 10).
-define(ROUNDS, 10).
-define(ROUND_RELOADS, (?RELOADS div ?ROUNDS)).
-define(CALL_TIMEOUT_MS, 1000).
-define(PROCS, 100000).
-define(PURGES, 3).

main(_) ->
    Bins = {compile_version(1), compile_version(2)},
    {module, reload_srv} = load(Bins, 1),
    Server = spawn(reload_srv, loop, [0]),
    ServerRef = erlang:monitor(process, Server),

    IdleUs = reload_idle(Server, Bins, 1, 0),
    io:format("reload: ~p reloads with no traffic in ~p us, ~s us per reload~n",
              [?RELOADS, IdleUs, decimal(IdleUs, ?RELOADS)]),

    {{Calls0, Lost0, Us0}, {Calls1, Lost1, Us1}, BusyUs} =
        traffic(Server, Bins, 0, {0, 0, 0}, {0, 0, 0}, 0),
    io:format("reload under traffic: ~p reloads in ~p us, ~s us per reload in traffic~n",
              [?RELOADS, BusyUs, decimal(BusyUs, ?RELOADS)]),
    io:format("calls: ~p calls in ~p us without reloads, ~s ns per call~n",
              [Calls0, Us0, decimal(Us0 * 1000, Calls0)]),
    io:format("calls: ~p calls in ~p us while reloading, ~s ns per call reloading~n",
              [Calls1, Us1, decimal(Us1 * 1000, Calls1)]),
    io:format("call rate kept: ~s %~n", [decimal(Calls1 * Us0 * 100, Calls0 * Us1)]),
    io:format("calls lost: ~p calls~n", [Lost0 + Lost1]),

    Server ! {stop, self()},
    receive
        {stopped, _} -> ok;
        {'DOWN', ServerRef, process, Server, Why} ->
            io:format("reload: the server died: ~p~n", [Why])
    end,

    ScanUs = purge_scan(Bins),
    io:format("purge scan: ~p purges with ~p idle processes in ~p us, ~s us per purge scan~n",
              [?PURGES, ?PROCS, ScanUs, decimal(ScanUs, ?PURGES)]),
    io:format("purge scan: ~s ns per process scanned~n",
              [decimal(ScanUs * 1000, ?PURGES * ?PROCS)]).

now_us() -> erlang:monotonic_time(microsecond).

%% N / D with one decimal, as a string.
decimal(_, 0) -> "-";
decimal(N, D) ->
    Tenths = (N * 10 + D div 2) div D,
    integer_to_list(Tenths div 10) ++ "." ++ integer_to_list(Tenths rem 10).

%% ?FILE is the path this file was compiled from, relative to the current
%% directory or absolute, as compile:file/2 wants it.
version_file(V) ->
    Dir = lists:reverse(lists:dropwhile(fun(C) -> C =/= $/ end, lists:reverse(?FILE))),
    Dir ++ "reload_srv/v" ++ integer_to_list(V) ++ "/reload_srv.erl".

compile_version(V) ->
    File = version_file(V),
    {ok, reload_srv, Bin} = compile:file(File, [binary]),
    {File, Bin}.

load(Bins, V) ->
    {File, Bin} = element(V, Bins),
    code:load_binary(reload_srv, File, Bin).

%% Reload K loads version 2, 1, 2, ...: the one not loaded.
version(K) -> K rem 2 + 1.

%% One call to the server: its reply {Ref, Version, X}, or lost.
call(Server, X) ->
    Ref = erlang:monitor(process, Server),
    Server ! {call, self(), Ref, X},
    receive
        {Ref, V, X} ->
            erlang:demonitor(Ref, [flush]),
            {ok, V};
        {'DOWN', Ref, process, _, Why} ->
            {lost, Why}
    after ?CALL_TIMEOUT_MS ->
        erlang:demonitor(Ref, [flush]),
        {lost, timeout}
    end.

reload_idle(_, _, K, Us) when K > ?RELOADS -> Us;
reload_idle(Server, Bins, K, Us) ->
    T0 = now_us(),
    {module, reload_srv} = load(Bins, version(K)),
    T1 = now_us(),
    Vsn = version(K),
    case call(Server, K) of
        {ok, Vsn} -> ok;
        Other -> io:format("reload: after reload ~p the server answered ~p~n", [K, Other])
    end,
    reload_idle(Server, Bins, K + 1, Us + T1 - T0).

%% ?ROUNDS rounds of a window without reloads and one with, the first in
%% even rounds and the second in odd ones: the client's figures summed over
%% each kind, and the time the reloads took.
traffic(_, _, ?ROUNDS, Quiet, Busy, ReloadUs) -> {Quiet, Busy, ReloadUs};
traffic(Server, Bins, R, Quiet, Busy, ReloadUs) ->
    {{Q, 0}, {B, Us}} = round(Server, Bins, R rem 2, R * ?ROUND_RELOADS + 1),
    traffic(Server, Bins, R + 1, add(Quiet, Q), add(Busy, B), ReloadUs + Us).

round(Server, Bins, 0, First) ->
    Quiet = window(Server, Bins, none),
    {Quiet, window(Server, Bins, First)};
round(Server, Bins, 1, First) ->
    Busy = window(Server, Bins, First),
    {window(Server, Bins, none), Busy}.

add({A, B, C}, {D, E, F}) -> {A + D, B + E, C + F}.

%% A client calls the server for ?ROUND_RELOADS periods, while this process
%% waits (none) or does reloads First, First + 1, ... one per period. The
%% client's figures, and the time the reloads took.
window(Server, Bins, What) ->
    Self = self(),
    Client = spawn(fun() -> client(Self, Server) end),
    T0 = now_us(),
    ReloadUs = case What of
                   none -> 0;
                   First -> reload_ticks(Server, Bins, T0, First, First, 0)
               end,
    sleep_until(T0 + ?ROUND_RELOADS * ?PERIOD_MS * 1000),
    Client ! stop,
    receive
        {Client, Calls, Lost, Us} -> {{Calls, Lost, Us}, ReloadUs}
    end.

%% Reload K in the middle of its period, once the server has left the old
%% code.
reload_ticks(_, _, _, First, K, Us) when K >= First + ?ROUND_RELOADS -> Us;
reload_ticks(Server, Bins, T0, First, K, Us) ->
    sleep_until(T0 + (2 * (K - First) + 1) * ?PERIOD_MS * 500),
    left_old_code(Server),
    T1 = now_us(),
    {module, reload_srv} = load(Bins, version(K)),
    T2 = now_us(),
    reload_ticks(Server, Bins, T0, First, K + 1, Us + T2 - T1).

%% Returns once Server runs no old code of reload_srv (or is dead).
left_old_code(Server) ->
    case erlang:check_process_code(Server, reload_srv) of
        true -> receive after 1 -> left_old_code(Server) end;
        false -> ok
    end.

sleep_until(T) ->
    case T - now_us() of
        W when W > 0 -> receive after (W + 999) div 1000 -> ok end;
        _ -> ok
    end.

%% Calls until told to stop, then reports to Parent: calls answered, calls
%% lost, and the time it called for. After a lost call it stops calling
%% (the server is gone or stuck).
client(Parent, Server) ->
    T0 = now_us(),
    {Calls, Lost} = calls(Server, 0),
    T1 = now_us(),
    Parent ! {self(), Calls, Lost, T1 - T0}.

calls(Server, Calls) ->
    receive
        stop -> {Calls, 0}
    after 0 ->
        case call(Server, Calls) of
            {ok, _} ->
                calls(Server, Calls + 1);
            {lost, Why} ->
                io:format("reload: call ~p lost: ~p~n", [Calls + 1, Why]),
                receive stop -> {Calls, 1} end
        end
    end.

%% ?PURGES times: load the other version with erlang:load_module/2 (which
%% does not purge: the old code was purged just before), so that there is
%% old code that no process runs, then time code:purge/1 of it. The idle
%% processes are left waiting: the run ends with main.
purge_scan(Bins) ->
    code:purge(reload_srv),
    Self = self(),
    [spawn(fun() -> idle(Self) end) || _ <- lists:seq(1, ?PROCS)],
    ready(?PROCS),
    purge_scan(Bins, 1, 0).

purge_scan(_, K, Us) when K > ?PURGES -> Us;
purge_scan(Bins, K, Us) ->
    {_, Bin} = element(version(K), Bins),
    {module, reload_srv} = erlang:load_module(reload_srv, Bin),
    true = erlang:check_old_code(reload_srv),
    T0 = now_us(),
    false = code:purge(reload_srv),
    T1 = now_us(),
    purge_scan(Bins, K + 1, Us + T1 - T0).

idle(Parent) ->
    Parent ! ready,
    receive stop -> ok end.

ready(0) -> ok;
ready(N) -> receive ready -> ready(N - 1) end.

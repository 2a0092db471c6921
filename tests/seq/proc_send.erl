%% Sending: the value of Pid ! Msg, erlang:send/2, sending to a registered
%% name, to {Name, node()} (registered or not), to a dead pid, and the
%% badarg cases (an unregistered atom, a destination that is not a pid).
-module(proc_send).
-export([main/1]).

main(_) ->
    Self = self(),
    E = spawn(fun echo/0),

    io:format("! returns: ~p~n", [E ! {note, 1}]),
    io:format("send/2 returns: ~p~n", [erlang:send(E, {note, 2})]),
    First = {Self, first},
    io:format("! returns Msg: ~p~n", [(E ! First) =:= First]),
    receive {E, first} -> io:format("echo first: ok~n") end,
    Second = {Self, second},
    io:format("send/2 returns Msg: ~p~n", [erlang:send(E, Second) =:= Second]),
    receive {E, second} -> io:format("echo second: ok~n") end,
    Twice = {Self, twice},
    io:format("nested ! returns Msg: ~p~n", [(E ! E ! Twice) =:= Twice]),
    receive {E, twice} -> receive {E, twice} -> io:format("echo twice: ok~n") end end,

    io:format("to self returns: ~p~n", [self() ! to_self]),
    receive to_self -> io:format("got to_self~n") end,

    %% registered names
    true = register(proc_send_echo, E),
    io:format("name ! returns: ~p~n", [proc_send_echo ! {note, 3}]),
    proc_send_echo ! {Self, by_name},
    receive {E, by_name} -> io:format("echo by_name: ok~n") end,
    io:format("send/2 name: ~p~n", [erlang:send(proc_send_echo, {note, 4})]),
    erlang:send(proc_send_echo, {Self, send_name}),
    receive {E, send_name} -> io:format("echo send_name: ok~n") end,
    io:format("{name,node} ! returns: ~p~n", [{proc_send_echo, node()} ! {note, 5}]),
    {proc_send_echo, node()} ! {Self, by_tuple},
    receive {E, by_tuple} -> io:format("echo by_tuple: ok~n") end,
    io:format("send/2 {name,node}: ~p~n", [erlang:send({proc_send_echo, node()}, {note, 6})]),
    erlang:send({proc_send_echo, node()}, {Self, send_tuple}),
    receive {E, send_tuple} -> io:format("echo send_tuple: ok~n") end,

    %% {Name, node()} with an unregistered name: dropped, no error
    t("{unregistered,node} ! hi", fun() -> {proc_send_nobody, node()} ! hi end),
    t("send/2 {unregistered,node}", fun() -> erlang:send({proc_send_nobody, node()}, hi) end),

    %% a dead pid: dropped, no error
    {Dead, M} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', M, process, Dead, normal} -> ok end,
    t("dead ! hi", fun() -> Dead ! hi end),
    t("send/2 dead", fun() -> erlang:send(Dead, hi) end),

    %% bad destinations
    t("unregistered ! hi", fun() -> id(proc_send_nobody) ! hi end),
    t("send/2 unregistered", fun() -> erlang:send(id(proc_send_nobody), hi) end),
    t("42 ! hi", fun() -> id(42) ! hi end),
    t("send/2 42", fun() -> erlang:send(id(42), hi) end),
    t("\"str\" ! hi", fun() -> id("str") ! hi end),
    t("{a,b,c} ! hi", fun() -> id({a, b, c}) ! hi end),
    t("{name,42} ! hi", fun() -> id({proc_send_echo, 42}) ! hi end),
    t("{42,node} ! hi", fun() -> id({42, node()}) ! hi end),

    %% the mailbox got none of the dropped messages
    io:format("mailbox: ~p~n", [drain()]),

    %% the echo process ends; its name goes with it
    ME = monitor(process, E),
    E ! stop,
    receive {'DOWN', ME, process, E, R} -> io:format("echo DOWN: ~p~n", [R]) end,
    %% notes are dropped by the echo: it never answered one
    io:format("mailbox at end: ~p~n", [drain()]),
    io:format("whereis after: ~p~n", [whereis(proc_send_echo)]),
    t("{name,node} ! after", fun() -> {proc_send_echo, node()} ! late end),
    t("name ! after", fun() -> id(proc_send_echo) ! late end),
    ok.

echo() ->
    receive
        {note, _} -> echo();
        {From, Msg} -> From ! {self(), Msg}, echo();
        stop -> ok
    end.

drain() ->
    receive M -> [M | drain()] after 0 -> [] end.

id(X) -> X.

t(Label, F) ->
    R = try F() of V -> {ok, V} catch C:E -> {C, E} end,
    io:format("~s: ~p~n", [Label, R]).

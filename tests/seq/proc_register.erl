%% Registered names: register/2, whereis/1, registered/0, unregister/1,
%% sending by name, every badarg case of otp-behaviour.md 2.6, and the name
%% released when its process dies.
-module(proc_register).
-export([main/1]).

main(_) ->
    Self = self(),
    P = spawn(fun loop/0),
    io:format("whereis before: ~p~n", [whereis(preg_a)]),
    io:format("register: ~p~n", [register(preg_a, P)]),
    io:format("whereis is P: ~p~n", [whereis(preg_a) =:= P]),
    Names = registered(),
    io:format("registered list of atoms: ~p~n", [is_list(Names) andalso lists:all(fun is_atom/1, Names)]),
    io:format("registered has preg_a: ~p~n", [lists:member(preg_a, Names)]),
    preg_a ! {Self, hello},
    receive {P, hello} -> io:format("reply by name: ok~n") end,

    %% the badarg cases
    Q = spawn(fun loop/0),
    t("name taken", fun() -> register(preg_a, Q) end),
    t("pid already named", fun() -> register(preg_b, P) end),
    t("same name same pid", fun() -> register(preg_a, P) end),
    t("name undefined", fun() -> register(id(undefined), Q) end),
    t("name a string", fun() -> register(id("preg_c"), Q) end),
    t("name an integer", fun() -> register(id(42), Q) end),
    t("not a pid", fun() -> register(preg_c, id(notapid)) end),
    {Dead, DM} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', DM, process, Dead, normal} -> ok end,
    t("dead pid", fun() -> register(preg_d, Dead) end),
    io:format("preg_d after failure: ~p~n", [whereis(preg_d)]),
    t("unregister unknown", fun() -> unregister(preg_nobody) end),
    t("unregister non-atom", fun() -> unregister(id("preg_a")) end),
    t("whereis non-atom", fun() -> whereis(id("preg_a")) end),
    io:format("whereis unknown: ~p~n", [whereis(preg_nobody)]),
    io:format("preg_a still P: ~p~n", [whereis(preg_a) =:= P]),

    %% unregister, then the name and the pid are both free again
    io:format("unregister: ~p~n", [unregister(preg_a)]),
    io:format("whereis after unregister: ~p~n", [whereis(preg_a)]),
    io:format("member after unregister: ~p~n", [lists:member(preg_a, registered())]),
    t("unregister twice", fun() -> unregister(preg_a) end),
    t("send to unregistered name", fun() -> id(preg_a) ! hi end),
    io:format("name for Q: ~p~n", [register(preg_a, Q)]),
    io:format("other name for P: ~p~n", [register(preg_b, P)]),
    io:format("preg_a is Q: ~p, preg_b is P: ~p~n", [whereis(preg_a) =:= Q, whereis(preg_b) =:= P]),

    %% registering self
    io:format("register self: ~p~n", [register(preg_main, self())]),
    io:format("whereis self: ~p~n", [whereis(preg_main) =:= self()]),
    preg_main ! to_me,
    receive to_me -> io:format("got to_me~n") end,
    io:format("unregister self: ~p~n", [unregister(preg_main)]),

    %% the name goes when the process dies
    MQ = monitor(process, Q),
    Q ! stop,
    receive {'DOWN', MQ, process, Q, RQ} -> io:format("Q DOWN: ~p~n", [RQ]) end,
    io:format("whereis after death: ~p~n", [whereis(preg_a)]),
    io:format("member after death: ~p~n", [lists:member(preg_a, registered())]),
    t("send after death", fun() -> id(preg_a) ! hi end),
    io:format("P drops preg_b: ~p~n", [unregister(preg_b)]),
    io:format("name reused: ~p~n", [register(preg_a, P)]),
    %% a process that dies by exit/1 with a non-normal reason
    R = spawn(fun() -> receive go -> exit(shutdown) end end),
    register(preg_e, R),
    MR = monitor(process, R),
    preg_e ! go,
    receive {'DOWN', MR, process, R, RR} -> io:format("R DOWN: ~p~n", [RR]) end,
    io:format("preg_e after exit: ~p~n", [whereis(preg_e)]),

    MP = monitor(process, P),
    preg_a ! stop,
    receive {'DOWN', MP, process, P, _} -> ok end,
    io:format("all gone: ~p~n", [[whereis(N) || N <- [preg_a, preg_b, preg_e]]]),
    ok.

loop() ->
    receive
        {From, Msg} -> From ! {self(), Msg}, loop();
        stop -> ok
    end.

id(X) -> X.

t(Label, F) ->
    R = try F() of V -> {ok, V} catch C:E -> {C, E} end,
    io:format("~s: ~p~n", [Label, R]).

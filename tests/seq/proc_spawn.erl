%% Process creation: spawn/1,3, spawn_link/1,3, spawn_monitor/1,3 with
%% processes that end normally, self/0, is_process_alive/1, processes/0,
%% the badarg cases of spawn, make_ref/0 and node/0,1.
-module(proc_spawn).
-export([main/1, double/2, quit/1, wait_go/1]).

main(_) ->
    Self = self(),
    io:format("self is pid: ~p~n", [is_pid(Self)]),
    io:format("self stable: ~p~n", [Self =:= self()]),

    P1 = spawn(fun() -> Self ! {child_self, self()} end),
    io:format("spawn/1 is pid: ~p~n", [is_pid(P1)]),
    io:format("spawn/1 not self: ~p~n", [P1 =/= Self]),
    receive {child_self, C1} -> io:format("spawn/1 self(): ~p~n", [C1 =:= P1]) end,

    P2 = spawn(?MODULE, double, [Self, 21]),
    receive {P2, R2} -> io:format("spawn/3: ~p~n", [R2]) end,

    K = 7,
    P3 = spawn_link(fun() -> Self ! {self(), K * 6} end),
    receive {P3, R3} -> io:format("spawn_link/1: ~p~n", [R3]) end,
    P4 = spawn_link(?MODULE, double, [Self, 50]),
    receive {P4, R4} -> io:format("spawn_link/3: ~p~n", [R4]) end,

    {P5, M5} = spawn_monitor(fun() -> ok end),
    io:format("spawn_monitor/1 shape: ~p~n", [{is_pid(P5), is_reference(M5)}]),
    receive {'DOWN', M5, process, P5, W5} -> io:format("spawn_monitor/1 DOWN: ~p~n", [W5]) end,
    {P6, M6} = spawn_monitor(?MODULE, double, [Self, 4]),
    receive {P6, R6} -> io:format("spawn_monitor/3 reply: ~p~n", [R6]) end,
    receive {'DOWN', M6, process, P6, W6} -> io:format("spawn_monitor/3 DOWN: ~p~n", [W6]) end,
    {P7, M7} = spawn_monitor(?MODULE, quit, [goodbye]),
    receive {'DOWN', M7, process, P7, W7} -> io:format("exit(goodbye) DOWN: ~p~n", [W7]) end,

    %% is_process_alive before and after the process ends
    P8 = spawn(?MODULE, wait_go, [Self]),
    io:format("alive while waiting: ~p~n", [is_process_alive(P8)]),
    M8 = monitor(process, P8),
    P8 ! go,
    receive {P8, gone} -> ok end,
    receive {'DOWN', M8, process, P8, W8} -> io:format("wait_go DOWN: ~p~n", [W8]) end,
    io:format("alive after DOWN: ~p~n", [is_process_alive(P8)]),
    io:format("self alive: ~p~n", [is_process_alive(self())]),

    %% processes/0
    P9 = spawn(?MODULE, wait_go, [Self]),
    Ps = processes(),
    io:format("processes is list: ~p~n", [is_list(Ps)]),
    io:format("processes all pids: ~p~n", [lists:all(fun erlang:is_pid/1, Ps)]),
    io:format("processes has self: ~p~n", [lists:member(self(), Ps)]),
    io:format("processes has child: ~p~n", [lists:member(P9, Ps)]),
    P9 ! go,
    receive {P9, gone} -> ok end,

    %% bad arguments
    t("spawn(notafun)", fun() -> spawn(id(notafun)) end),
    t("spawn(m,f,notalist)", fun() -> spawn(id(m), f, id(notalist)) end),
    t("spawn(m,f,improper)", fun() -> spawn(m, f, id([a | b])) end),
    t("spawn(1,f,[])", fun() -> spawn(id(1), f, []) end),
    t("spawn_link(notafun)", fun() -> spawn_link(id(notafun)) end),
    t("spawn_monitor(notafun)", fun() -> spawn_monitor(id(notafun)) end),
    t("spawn_monitor(m,f,notalist)", fun() -> spawn_monitor(m, f, id(x)) end),

    %% make_ref/0
    Ref1 = make_ref(),
    Ref2 = make_ref(),
    io:format("is_reference: ~p~n", [{is_reference(Ref1), is_reference(self()), is_reference(1)}]),
    io:format("refs differ: ~p~n", [Ref1 =/= Ref2]),
    io:format("ref equals itself: ~p~n", [Ref1 =:= Ref1]),
    Refs = [make_ref() || _ <- lists:seq(1, 1000)],
    io:format("1000 refs unique: ~p~n", [length(lists:usort(Refs)) =:= 1000]),
    io:format("is_pid(ref): ~p~n", [is_pid(Ref1)]),

    %% node/0,1
    io:format("node(): ~p~n", [node()]),
    io:format("node(self()): ~p~n", [node(self())]),
    io:format("node(child): ~p~n", [node(P1) =:= node()]),
    io:format("node(ref): ~p~n", [node(Ref1) =:= node()]),
    ok.

double(Parent, N) -> Parent ! {self(), 2 * N}.

quit(Reason) -> exit(Reason).

wait_go(Parent) ->
    receive go -> Parent ! {self(), gone} end.

id(X) -> X.

t(Label, F) ->
    R = try F() of V -> {ok, safe(V)} catch C:E -> {C, E} end,
    io:format("~s: ~p~n", [Label, R]).

%% Never print a pid or a ref: they differ between VMs.
safe(V) when is_pid(V) -> a_pid;
safe(V) when is_reference(V) -> a_ref;
safe(V) when is_tuple(V) -> list_to_tuple([safe(E) || E <- tuple_to_list(V)]);
safe(V) -> V.

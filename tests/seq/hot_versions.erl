%% Which version runs (otp-behaviour.md 1.2). hv v1 and v2 differ only in
%% vsn(). After v2 is loaded, a process looping with local calls in v1 still
%% answers 1 from a local call and 2 from a ?MODULE: call; a local fun made by
%% v1 runs v1, while fun hv:vsn/0, M:F(), apply/3 and spawn/3 run v2. A
%% ?MODULE:loop() call moves the process into v2.
-module(hot_versions).
-export([main/1]).

%% compile(V): version V of hv, compiled in memory
compile(V) ->
    {ok, hv, Bin} = compile:file("hot/versions/v" ++ integer_to_list(V) ++ "/hv.erl", [binary]),
    Bin.

ask(P, Req) ->
    P ! {self(), Req},
    receive
        {Req, V} -> V
    after 5000 -> exit({timeout, Req})
    end.

main(_) ->
    io:format("load v1: ~p~n", [code:load_binary(hv, "hot/versions/v1/hv.erl", compile(1))]),
    P = hv:start(),
    Q = hv:start(),
    F1 = hv:local_fun(),
    E1 = hv:export_fun(),
    io:format("before v2: local ~p, remote ~p, F1() ~p, E1() ~p~n",
              [ask(P, local), ask(P, remote), F1(), E1()]),

    io:format("load v2: ~p~n", [code:load_binary(hv, "hot/versions/v2/hv.erl", compile(2))]),
    io:format("hv:vsn() ~p~n", [hv:vsn()]),
    io:format("proc local vsn after v2 load: ~p~n", [ask(P, local)]),
    io:format("proc remote vsn after v2 load: ~p~n", [ask(P, remote)]),
    io:format("proc local vsn again: ~p~n", [ask(P, local)]),
    io:format("F1() after v2: ~p~n", [F1()]),
    io:format("E1() after v2: ~p~n", [E1()]),
    E2 = fun hv:vsn/0,
    io:format("fun hv:vsn/0 made in main: ~p~n", [E2()]),
    F2 = hv:local_fun(),
    io:format("local fun made by v2: ~p~n", [F2()]),
    M = hv,
    io:format("M:vsn(): ~p~n", [M:vsn()]),
    io:format("apply(hv, vsn, []): ~p~n", [apply(hv, vsn, [])]),
    io:format("apply(M, vsn, []): ~p~n", [apply(M, vsn, [])]),
    Self = self(),
    spawn(hv, report, [Self]),
    receive {report, R} -> io:format("spawn(hv, report, [Self]): ~p~n", [R])
    after 5000 -> exit({timeout, report})
    end,
    spawn(fun() -> hv:report(Self) end),
    receive {report, R2} -> io:format("spawn(fun() -> hv:report(Self) end): ~p~n", [R2])
    after 5000 -> exit({timeout, report})
    end,

    %% a process started now loops in v2
    N = hv:start(),
    io:format("new process local vsn: ~p~n", [ask(N, local)]),

    %% P and Q run old code; a ?MODULE:loop() call moves Q to v2
    io:format("check_process_code P: ~p, Q: ~p, N: ~p~n",
              [erlang:check_process_code(P, hv), erlang:check_process_code(Q, hv),
               erlang:check_process_code(N, hv)]),
    Q ! {self(), upgrade},
    receive upgrading -> ok after 5000 -> exit({timeout, upgrading}) end,
    io:format("Q local vsn after ?MODULE:loop(): ~p~n", [ask(Q, local)]),
    io:format("check_process_code P: ~p, Q: ~p~n",
              [erlang:check_process_code(P, hv), erlang:check_process_code(Q, hv)]),
    io:format("P local vsn still: ~p~n", [ask(P, local)]),
    io:format("F1() still: ~p~n", [F1()]),
    io:format("stop P: ~p, Q: ~p, N: ~p~n", [ask(P, stop), ask(Q, stop), ask(N, stop)]),
    ok.

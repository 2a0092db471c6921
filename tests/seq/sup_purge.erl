%% A supervised worker killed by a purge is restarted on the new code: the
%% worker runs version 1 of sp; version 2 is loaded (the worker keeps
%% running version 1, now old); loading version 3 with code:load_binary/3
%% purges version 1 and kills the worker (reason killed, reported as
%% child_terminated); the supervisor restarts it with sp:start_link(),
%% which is version 3. The supervisor is suspended (sys:suspend, as a
%% release upgrade does) while the code is loaded, so it restarts the
%% worker once version 3 is in.
-module(sup_purge).
-behaviour(supervisor).
-export([main/1, init/1]).

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 3, period => 60},
          [#{id => sp, start => {sp, start_link, []}}]}}.

file(V) -> "hot/sup_purge/v" ++ integer_to_list(V) ++ "/sp.erl".

load(V) ->
    {ok, sp, Bin} = compile:file(file(V), [binary]),
    code:load_binary(sp, file(V), Bin).

started() ->
    receive {started, Pid} -> Pid
    after 5000 -> exit(no_start)
    end.

vsn(Pid) ->
    Pid ! {self(), vsn},
    receive {vsn, Pid, V} -> V
    after 5000 -> exit(no_answer)
    end.

main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    io:format("load v1: ~p~n", [load(1)]),
    {ok, Sup} = supervisor:start_link({local, purge_sup}, ?MODULE, []),
    W1 = started(),
    Ref = monitor(process, W1),
    io:format("worker answers: ~p~n", [vsn(W1)]),

    io:format("load v2: ~p~n", [load(2)]),
    io:format("worker in old code: ~p~n", [erlang:check_process_code(W1, sp)]),
    io:format("worker answers: ~p~n", [vsn(W1)]),

    ok = sys:suspend(purge_sup),
    io:format("load v3: ~p~n", [load(3)]),
    receive
        {'DOWN', Ref, process, W1, Why} -> io:format("worker down: ~p~n", [Why])
    after 5000 -> io:format("worker not killed~n")
    end,
    ok = sys:resume(purge_sup),
    W2 = started(),
    io:format("new worker answers: ~p~n", [vsn(W2)]),
    io:format("in old code: ~p~n", [erlang:check_process_code(W2, sp)]),
    [{sp, W2, worker, [sp]}] = supervisor:which_children(purge_sup),
    io:format("which_children: the new worker~n"),

    %% a fourth load purges version 2, which nobody runs: nothing restarts
    io:format("load v1 again: ~p~n", [load(1)]),
    io:format("worker answers: ~p~n", [vsn(W2)]),
    io:format("count: ~p~n", [supervisor:count_children(purge_sup)]),
    unlink(Sup),
    exit(Sup, shutdown),
    ok.

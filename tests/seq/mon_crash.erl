%% spawn_monitor/3 of code that crashes: {Pid, Ref} at once, then a DOWN
%% whose reason is {Error, Stacktrace}; each crash also prints an error
%% report on stderr (mon_crash.err). The watcher waits for each DOWN before
%% starting the next crash, so the reports come in a fixed order.
-module(mon_crash).
-export([main/1, match/1, pick/1, classify/1, outer/1]).

match(X) ->
    {ok, V} = X,
    V.

pick(a) -> 1;
pick(b) -> 2.

classify(N) ->
    case N rem 3 of
        0 -> fizz;
        1 -> one
    end.

outer(N) -> [N | inner(N * 2)].

inner(N) when N > 100 -> N;
inner(N) -> erlang:error({bottom, N}).

watch(F, Args) ->
    {Pid, Ref} = spawn_monitor(?MODULE, F, Args),
    true = is_pid(Pid) andalso is_reference(Ref),
    receive
        {'DOWN', Ref, process, Pid, {Reason, Stack}} ->
            io:format("~p~p:~n  reason ~p~n", [F, Args, Reason]),
            [io:format("  at ~p~n", [Frame]) || Frame <- Stack],
            ok;
        {'DOWN', Ref, process, Pid, Other} ->
            io:format("~p~p: ~p~n", [F, Args, Other])
    end.

main(_) ->
    watch(match, [{error, enoent}]),
    watch(pick, [c]),
    watch(classify, [5]),
    watch(outer, [3]),
    watch(match, [{ok, fine}]),
    io:format("watcher alive: ~p~n", [is_process_alive(self())]),
    ok.

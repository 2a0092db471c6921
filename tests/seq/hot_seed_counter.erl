%% The counter story (seed 002): the counter loops with local calls, so after
%% v2 is loaded it still runs v1 and does not know {reset}. A code_switch
%% message makes it call ?MODULE:codeswitch(Sum): it enters v2 and keeps its
%% sum, and {reset} works. A counter that never switched is still in v1 when
%% the next load purges it, and is killed.
-module(hot_seed_counter).
-export([main/1]).

file(V) -> "hot/counter/v" ++ integer_to_list(V) ++ "/counter.erl".

load(V) ->
    {ok, counter, Bin} = compile:file(file(V), [binary]),
    io:format("load v~p: ~p~n", [V, code:load_binary(counter, file(V), Bin)]).

%% send(Pid, Msg), send(Name, Pid, Msg): as typed in the shell; then waits
%% until the counter has handled it
send(Pid, Msg) -> send("Pid", Pid, Msg).

send(Name, Pid, Msg) ->
    io:format("> ~s ! ~p.~n", [Name, Msg]),
    Pid ! Msg,
    sum(Pid).

sum(Pid) ->
    Pid ! {counter, self()},
    receive
        {counter, Sum} -> Sum
    after 5000 -> exit({timeout, counter})
    end.

main(_) ->
    load(1),
    Pid = spawn(fun() -> counter:start() end),
    Other = spawn(fun() -> counter:start() end),
    Ref = monitor(process, Other),
    send(Pid, {increment, 3}),
    send(Pid, {print}),
    send("Other", Other, {increment, 7}),

    load(2),
    send(Pid, {reset}),
    io:format("in old code: ~p~n", [erlang:check_process_code(Pid, counter)]),
    send(Pid, code_switch),
    io:format("in old code: ~p~n", [erlang:check_process_code(Pid, counter)]),
    send(Pid, {print}),
    send(Pid, {reset}),
    send(Pid, {print}),
    send(Pid, {increment, 5}),

    %% the next load purges v1: Other never switched
    io:format("Other in old code: ~p, sum ~p~n",
              [erlang:check_process_code(Other, counter), sum(Other)]),
    load(2),
    receive
        {'DOWN', Ref, process, Other, Why} -> io:format("Other DOWN: ~p~n", [Why])
    after 5000 -> exit({timeout, 'DOWN'})
    end,
    io:format("Pid alive: ~p~n", [is_process_alive(Pid)]),
    send(Pid, {print}),
    exit(Pid, kill),
    ok.

%% A return address counts as executing code (otp-behaviour.md 1.4). Process
%% A runs hra v1 and calls hot_return_addr:wait_here/1, which waits in
%% receive: A's stack holds a return address into hra v1. B made the same
%% call as a last call, so nothing of hra is left on its stack. After v2 is
%% loaded, check_process_code sees A but not B, and purge kills only A.
-module(hot_return_addr).
-export([main/1, wait_here/1]).

compile(V) ->
    {ok, hra, Bin} = compile:file("hot/return_addr/v" ++ integer_to_list(V) ++ "/hra.erl",
                                  [binary]),
    Bin.

%% wait_here(From): called from hra; waits for continue
wait_here(From) ->
    From ! {waiting, self()},
    receive
        continue -> continued
    end.

%% start(How): a process in hra:loop/0 that has called wait_here/1 (How is
%% body or tail) and is waiting there
start(How) ->
    {P, Ref} = spawn_monitor(hra, loop, []),
    P ! {self(), How},
    receive {waiting, P} -> ok after 5000 -> exit({timeout, waiting}) end,
    {P, Ref}.

main(_) ->
    io:format("load v1: ~p~n", [erlang:load_module(hra, compile(1))]),
    {A, RefA} = start(body),
    {B, RefB} = start(tail),
    io:format("before v2, check_process_code A: ~p, B: ~p~n",
              [erlang:check_process_code(A, hra), erlang:check_process_code(B, hra)]),
    io:format("load v2: ~p~n", [erlang:load_module(hra, compile(2))]),
    io:format("current_function A: ~p~n", [process_info(A, current_function)]),
    io:format("current_function B: ~p~n", [process_info(B, current_function)]),
    io:format("check_process_code A: ~p, B: ~p~n",
              [erlang:check_process_code(A, hra), erlang:check_process_code(B, hra)]),
    io:format("check_process_code A for ~p: ~p~n",
              [?MODULE, erlang:check_process_code(A, ?MODULE)]),
    io:format("soft_purge: ~p~n", [code:soft_purge(hra)]),
    io:format("purge: ~p~n", [code:purge(hra)]),
    receive
        {'DOWN', RefA, process, A, Why} -> io:format("A DOWN reason: ~p~n", [Why])
    after 5000 -> exit({timeout, 'DOWN'})
    end,
    io:format("A alive: ~p, B alive: ~p~n", [is_process_alive(A), is_process_alive(B)]),
    io:format("check_old_code: ~p~n", [erlang:check_old_code(hra)]),
    B ! continue,
    receive
        {'DOWN', RefB, process, B, WhyB} -> io:format("B DOWN reason: ~p~n", [WhyB])
    after 5000 -> exit({timeout, 'DOWN'})
    end,

    %% with v2 current: C's return address is in current code, so a load
    %% makes it old and a failed load changes nothing
    {C, RefC} = start(body),
    io:format("check_process_code C: ~p~n", [erlang:check_process_code(C, hra)]),
    io:format("load v1 again: ~p~n", [erlang:load_module(hra, compile(1))]),
    io:format("check_process_code C: ~p~n", [erlang:check_process_code(C, hra)]),
    %% released, C returns into v2 (old) code, which still works
    C ! continue,
    receive
        {done, C, Res, Vsn} -> io:format("C returned: ~p in v~p~n", [Res, Vsn])
    after 5000 -> exit({timeout, done})
    end,
    io:format("check_process_code C: ~p~n", [erlang:check_process_code(C, hra)]),
    io:format("purge: ~p~n", [code:purge(hra)]),
    receive
        {'DOWN', RefC, process, C, WhyC} -> io:format("C DOWN reason: ~p~n", [WhyC])
    after 5000 -> exit({timeout, 'DOWN'})
    end,
    ok.

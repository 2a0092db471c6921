%% The process dictionary across processes: put/get/erase/get_keys in a
%% spawned process and in main, each process starting with an empty
%% dictionary and no process seeing another's keys.
-module(proc_dict_spawn).
-export([main/1]).

main(_) ->
    Self = self(),
    put(shared, main_value),
    put(main_only, 1),
    put(count, 100),

    %% A fresh process starts empty and does not see main's keys.
    P1 = spawn(fun() -> Self ! {self(), {get(), get(shared), get_keys()}} end),
    receive {P1, R1} -> io:format("fresh child: ~p~n", [R1]) end,

    %% Every operation inside a spawned process.
    P2 = spawn(fun() -> Self ! {self(), child_ops()} end),
    receive {P2, R2} ->
        lists:foreach(fun({L, V}) -> io:format("child ~s: ~p~n", [L, V]) end, R2)
    end,

    %% main's dictionary is untouched by the children.
    io:format("main shared: ~p~n", [get(shared)]),
    io:format("main count: ~p~n", [get(count)]),
    io:format("main sorted: ~p~n", [lists:sort(get())]),
    io:format("main child key: ~p~n", [get(child_key)]),

    %% Two children using the same keys with different values.
    Ps = [spawn(fun() -> counter(Self, N) end) || N <- [1, 2, 3]],
    Rs = [receive {P, R} -> R end || P <- Ps],
    io:format("counters: ~p~n", [Rs]),

    %% A child that changes a key main also has; main keeps its value.
    P3 = spawn(fun() -> put(count, 0), Self ! {self(), put(count, 5)} end),
    receive {P3, R3} -> io:format("child put count: ~p~n", [R3]) end,
    io:format("main count again: ~p~n", [get(count)]),

    %% A dictionary value is copied into a message like any term.
    put(big, lists:seq(1, 20)),
    P4 = spawn(fun() -> receive {From, L} -> put(got, L), From ! {self(), lists:sum(get(got))} end end),
    P4 ! {Self, get(big)},
    receive {P4, R4} -> io:format("sum of sent value: ~p~n", [R4]) end,

    %% The same operations in main.
    io:format("main erase main_only: ~p~n", [erase(main_only)]),
    io:format("main get_keys(main_value): ~p~n", [get_keys(main_value)]),
    io:format("main get_keys sorted: ~p~n", [lists:sort(get_keys())]),
    Old = erase(),
    io:format("main erase(): ~p~n", [lists:sort(Old)]),
    io:format("main after erase(): ~p~n", [get()]),
    ok.

child_ops() ->
    A = put(k1, one),
    B = put(k1, uno),
    put(k2, two),
    put({t, 3}, uno),
    put("str", [1, 2]),
    [{"put new", A},
     {"put again", B},
     {"get k1", get(k1)},
     {"get missing", get(missing)},
     {"get_keys", lists:sort(get_keys())},
     {"get_keys(uno)", lists:sort(get_keys(uno))},
     {"get_keys(none)", get_keys(none)},
     {"get/0", lists:sort(get())},
     {"erase k2", erase(k2)},
     {"erase k2 again", erase(k2)},
     {"get k2", get(k2)},
     {"get shared", get(shared)},
     {"erase/0", lists:sort(erase())},
     {"after erase/0", get()},
     {"put child_key", put(child_key, x)}].

counter(Parent, N) ->
    put(n, 0),
    [put(n, get(n) + N) || _ <- lists:seq(1, 10)],
    Parent ! {self(), {N, get(n), length(get())}}.

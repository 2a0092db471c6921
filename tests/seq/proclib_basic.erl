%% proc_lib: spawn and spawn_link record '$ancestors' and '$initial_call';
%% start and start_link wait for init_ack; what they return when the
%% child dies first or does not answer in time; initial_call/1,
%% translate_initial_call/1; stop/1,3.
-module(proclib_basic).
-export([main/1, child/1, acker/2, loop/0, slow/0, early_death/1,
         system_continue/3, system_terminate/4]).

show(Label, X) -> io:format("~s: ~p~n", [Label, clean(X)]).

clean(P) when is_pid(P) -> 'PID';
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

child(Parent) ->
    Parent ! {dict, get('$ancestors'), get('$initial_call')}.

acker(How, Value0) ->
    Value = case Value0 of
                ok_self -> {ok, self()};
                _ -> Value0
            end,
    case How of
        ack1 -> proc_lib:init_ack(Value);
        ack2 -> [P | _] = get('$ancestors'), proc_lib:init_ack(P, Value)
    end,
    loop().

loop() ->
    receive
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, hd(get('$ancestors')), ?MODULE, [], []);
        _ -> loop()
    end.

slow() -> receive after infinity -> ok end.

early_death(How) ->
    case How of
        exit -> exit(before_ack);
        error -> erlang:error(before_ack)
    end.

main(_) ->
    Self = self(),
    proc_lib:spawn(proclib_basic, child, [Self]),
    receive {dict, A1, I1} -> show("spawn/3", {A1 =:= [Self], I1}) end,
    proc_lib:spawn(fun() -> child(Self) end),
    receive {dict, A2, {M2, _, Ar2}} -> show("spawn/1", {A2 =:= [Self], M2, Ar2}) end,
    proc_lib:spawn_link(proclib_basic, child, [Self]),
    receive {dict, A3, I3} -> show("spawn_link/3", {A3 =:= [Self], I3}) end,
    register(proclib_main, self()),
    proc_lib:spawn(fun() -> proc_lib:spawn(proclib_basic, child, [Self]) end),
    receive {dict, A4, I4} -> show("grandchild ancestors", {length(A4), lists:last(A4), I4}) end,
    unregister(proclib_main),

    {ok, P} = proc_lib:start_link(proclib_basic, acker, [ack1, ok_self]),
    show("start_link", is_pid(P)),
    show("initial_call", proc_lib:initial_call(P)),
    show("translate_initial_call", proc_lib:translate_initial_call(P)),
    show("initial_call plain", proc_lib:initial_call(spawn(fun slow/0))),
    show("translate plain", proc_lib:translate_initial_call(spawn(fun slow/0))),
    show("start", proc_lib:start(proclib_basic, acker, [ack2, hello])),
    show("start/4", proc_lib:start(proclib_basic, acker, [ack2, hello4], 1000)),
    show("start_link/4", proc_lib:start_link(proclib_basic, acker, [ack1, hello5], 1000)),
    show("start timeout", proc_lib:start(proclib_basic, slow, [], 50)),
    show("start_link timeout", proc_lib:start_link(proclib_basic, slow, [], 50)),
    show("start dies", proc_lib:start(proclib_basic, early_death, [exit])),
    show("stop", proc_lib:stop(P)),
    show("alive", is_process_alive(P)),

    process_flag(trap_exit, true),
    show("start_link dies", proc_lib:start_link(proclib_basic, early_death, [exit])),
    receive {'EXIT', _, R} -> show("EXIT", R) after 0 -> show("EXIT", none) end,
    ok.

%% sys callbacks for loop/0
system_continue(_, _, _) -> loop().
system_terminate(Reason, _, _, _) -> exit(Reason).

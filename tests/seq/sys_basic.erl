%% sys on a gen_server: suspend and resume (a suspended server answers
%% only system messages), get_state, replace_state, get_status,
%% change_code (ok, {error, X} from a bad code_change/3, a crashing
%% code_change/3, a server that is not suspended) and the exits of sys
%% calls to processes that are gone or do not answer.
-module(sys_basic).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, code_change/3]).

init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N};
handle_call(inc, _From, N) -> {reply, ok, N + 1}.

handle_cast(_, N) -> {noreply, N}.

code_change("1", N, ok_extra) -> {ok, {upgraded, N}};
code_change("1", _N, bad_extra) -> not_ok;
code_change("1", _N, crash_extra) -> erlang:error(broken);
code_change({down, "1"}, {upgraded, N}, _) -> {ok, N}.

show(Label, X) -> io:format("~s: ~p~n", [Label, clean(X)]).

clean(P) when is_pid(P) -> 'PID';
clean(T) when is_tuple(T) -> list_to_tuple(clean(tuple_to_list(T)));
clean([H | T]) -> [clean(H) | clean(T)];
clean(X) -> X.

main(_) ->
    {ok, P} = gen_server:start_link({local, sys_srv}, sys_basic, 0, []),
    show("get_state", sys:get_state(sys_srv)),
    show("get_state/2", sys:get_state(P, 1000)),
    show("suspend", sys:suspend(sys_srv)),
    show("suspend again", sys:suspend(sys_srv, 1000)),
    show("call while suspended", catch gen_server:call(sys_srv, get, 100)),
    show("get_state suspended", sys:get_state(sys_srv)),
    show("status suspended", lists:nth(2, element(4, sys:get_status(sys_srv)))),
    show("change_code", sys:change_code(sys_srv, sys_basic, "1", ok_extra)),
    show("get_state", sys:get_state(sys_srv)),
    show("bad code_change", sys:change_code(sys_srv, sys_basic, "1", bad_extra)),
    show("crashing code_change", case sys:change_code(sys_srv, sys_basic, "1", crash_extra) of
                                     {error, {'EXIT', {R, [_ | _]}}} -> {error, {'EXIT', {R, stack}}}
                                 end),
    show("state kept", sys:get_state(sys_srv)),
    show("downgrade", sys:change_code(sys_srv, other_module, {down, "1"}, x, 1000)),
    show("get_state", sys:get_state(sys_srv)),
    show("resume", sys:resume(sys_srv)),
    show("resume again", sys:resume(sys_srv, 1000)),
    show("inc", gen_server:call(sys_srv, inc)),
    show("not suspended", sys:change_code(sys_srv, sys_basic, "1", ok_extra)),
    show("alive", is_process_alive(P)),
    show("replace_state", sys:replace_state(sys_srv, fun(N) -> N * 10 end)),
    show("replace_state/3", sys:replace_state(P, fun(N) -> N + 1 end, 1000)),
    show("get", gen_server:call(sys_srv, get)),
    show("replace_state crash", try sys:replace_state(sys_srv, fun(_) -> erlang:error(nope) end) catch error:E -> E end),
    show("get", gen_server:call(sys_srv, get)),
    {status, SP, Mod, [PDict, SysState, Parent, Dbg, Misc]} = sys:get_status(sys_srv),
    show("status pid", SP =:= P),
    show("status module", Mod),
    show("status pdict", lists:sort([K || {K, _} <- PDict])),
    show("ancestors", proplists:get_value('$ancestors', PDict) =:= [self()]),
    show("initial call", proplists:get_value('$initial_call', PDict)),
    show("status", {SysState, Parent =:= self(), Dbg}),
    show("misc", Misc),
    show("get_status/2", element(3, sys:get_status(P, 1000))),

    %% sys calls that fail
    show("noproc name", catch sys:get_state(nosuch)),
    show("noproc name suspend", catch sys:suspend(nosuch)),
    show("noproc change_code", catch sys:change_code(nosuch, m, "1", [])),
    Plain = spawn(fun() -> receive stop -> ok end end),
    show("timeout", catch sys:suspend(Plain, 100)),
    show("timeout get_state", catch sys:get_state(Plain, 50)),
    Plain ! stop,
    M = monitor(process, Plain),
    receive {'DOWN', M, process, Plain, _} -> ok end,
    show("noproc pid", catch sys:get_state(Plain)),
    show("noproc pid change_code", catch sys:change_code(Plain, m, "1", [], 100)),
    show("noproc resume", catch sys:resume(Plain)),
    show("terminate", sys:terminate(sys_srv, normal)),
    show("whereis", whereis(sys_srv)),
    ok.

%% gen_server's happy paths: start/start_link (anonymous and {local, Name}),
%% call/cast/info, every callback result (reply, noreply, timeouts,
%% hibernate, {continue, C}, stop), a deferred reply with reply/2, stop/1,3
%% and terminate/2.
-module(gs_basic).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2,
         handle_continue/2, terminate/2, code_change/3]).

init({continue, N}) -> {ok, N, {continue, {init, N}}};
init({timeout, N}) -> {ok, N, 0};
init(hibernate) -> {ok, 0, hibernate};
init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N};
handle_call({add, K}, _From, N) -> {reply, ok, N + K};
handle_call(timeout, _From, N) -> {reply, soon, N, 0};
handle_call(hibernate, _From, N) -> {reply, zzz, N, hibernate};
handle_call(continue, _From, N) -> {reply, cont, N, {continue, bump}};
handle_call(later, From, N) -> {noreply, [From | N]};
handle_call(later_timeout, From, N) -> {noreply, N, {continue, {answer, From}}};
handle_call(release, _From, [Waiting | N]) ->
    gen_server:reply(Waiting, {released, N}),
    {reply, ok, N};
handle_call(stop, _From, N) -> {stop, normal, stopping, N};
handle_call(thrown, _From, N) -> throw({reply, caught_throw, N}).

handle_cast({set, V}, _) -> {noreply, V};
handle_cast(hibernate, N) -> {noreply, N, hibernate};
handle_cast({stop, R}, N) -> {stop, R, N}.

handle_info(timeout, N) when is_integer(N) -> {noreply, N + 1000};
handle_info({ping, Pid}, N) -> Pid ! {pong, N}, {noreply, N};
handle_info(_, N) -> {noreply, N}.

handle_continue({init, N}, _) -> {noreply, {continued, N}};
handle_continue(bump, N) -> {noreply, N + 1};
handle_continue({answer, From}, N) -> gen_server:reply(From, {answered, N}), {noreply, N}.

terminate(Reason, State) ->
    io:format("terminate(~p, ~p)~n", [Reason, State]).

code_change(_, S, _) -> {ok, S}.

show(Label, X) -> io:format("~s: ~p~n", [Label, X]).

main(_) ->
    {ok, P} = gen_server:start_link(gs_basic, 10, []),
    show("is_pid", is_pid(P)),
    show("get", gen_server:call(P, get)),
    show("add", gen_server:call(P, {add, 5})),
    show("get", gen_server:call(P, get, 1000)),
    show("get infinity", gen_server:call(P, get, infinity)),
    show("cast", gen_server:cast(P, {set, 7})),
    show("get", gen_server:call(P, get)),
    P ! {ping, self()},
    receive {pong, V} -> show("pong", V) end,
    %% a timeout of 0: handle_info(timeout) runs before the next message
    show("timeout", gen_server:call(P, timeout)),
    show("get", gen_server:call(P, get)),
    show("hibernate", gen_server:call(P, hibernate)),
    show("get", gen_server:call(P, get)),
    show("cast hibernate", gen_server:cast(P, hibernate)),
    show("get", gen_server:call(P, get)),
    show("continue", gen_server:call(P, continue)),
    show("get", gen_server:call(P, get)),
    show("later_timeout", gen_server:call(P, later_timeout)),
    show("thrown", gen_server:call(P, thrown)),
    show("stop", gen_server:stop(P)),
    show("alive", is_process_alive(P)),

    %% a deferred reply
    {ok, Q} = gen_server:start(gs_basic, [], []),
    Self = self(),
    spawn(fun() -> Self ! {waited, gen_server:call(Q, later)} end),
    wait_queue(Q),
    show("release", gen_server:call(Q, release)),
    receive {waited, R} -> show("waited", R) end,
    show("stop/3", gen_server:stop(Q, shutdown, 1000)),

    %% names
    {ok, N} = gen_server:start({local, gs_named}, gs_basic, 1, []),
    show("whereis", whereis(gs_named) =:= N),
    show("again", gen_server:start({local, gs_named}, gs_basic, 1, []) =:= {error, {already_started, N}}),
    show("again link", gen_server:start_link({local, gs_named}, gs_basic, 1, []) =:= {error, {already_started, N}}),
    show("call name", gen_server:call(gs_named, get)),
    show("call {name,node}", gen_server:call({gs_named, node()}, get)),
    show("cast name", gen_server:cast(gs_named, {set, 2})),
    show("cast {name,node}", gen_server:cast({gs_named, node()}, {set, 3})),
    show("get", gen_server:call(gs_named, get)),
    show("call stop", gen_server:call(gs_named, stop)),
    show("whereis after", whereis(gs_named)),

    {ok, C} = gen_server:start(gs_basic, {continue, 3}, []),
    show("init continue", gen_server:call(C, get)),
    gen_server:stop(C, normal, infinity),
    {ok, T} = gen_server:start(gs_basic, {timeout, 3}, []),
    show("init timeout", gen_server:call(T, get)),
    gen_server:stop(T),
    {ok, H} = gen_server:start(gs_basic, hibernate, []),
    show("init hibernate", gen_server:call(H, get)),
    Mon = monitor(process, H),
    gen_server:cast(H, {stop, {shutdown, done}}),
    receive {'DOWN', Mon, process, H, Why} -> show("down", Why) end,
    {ok, M} = gen_server:start_monitor(gs_basic, 4, []),
    show("start_monitor", {is_pid(element(1, M)), is_reference(element(2, M))}),
    gen_server:cast(element(1, M), {stop, normal}),
    MRef = element(2, M),
    receive {'DOWN', MRef, process, _, Why2} -> show("down", Why2) end,
    ok.

%% until Q's state holds the waiting caller
wait_queue(Q) ->
    case sys:get_state(Q) of
        [_] -> ok;
        _ -> receive after 1 -> wait_queue(Q) end
    end.

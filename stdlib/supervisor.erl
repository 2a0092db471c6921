%% supervisor: OTP's supervisor behaviour, as a gen_server callback module.
%% A supervisor starts its children from child specs, restarts them by its
%% strategy when they exit, gives up (exit shutdown) when it restarts more
%% than `intensity` times in `period` seconds, and reports as OTP 25 does.
-module(supervisor).
-behaviour(gen_server).

-export([start_link/2, start_link/3, start_child/2, restart_child/2,
         delete_child/2, terminate_child/2, which_children/1,
         count_children/1, get_childspec/2, check_childspecs/1,
         check_childspecs/2, get_callback_module/1]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2,
         terminate/2, code_change/3]).

%% A child. pid is a pid, undefined (not running) or {restarting, OldPid}
%% (a restart failed and is retried). For simple_one_for_one the one
%% record is the template and the running children live in `dynamics`.
-record(child, {pid = undefined, id, mfargs, restart_type = permanent,
                significant = false, shutdown = 5000, child_type = worker,
                modules = []}).

%% children: #child{} records, the most recently started first (the order
%% OTP's which_children lists them, and the order they are terminated in).
%% dynamics (simple_one_for_one only): Pid => start arguments.
%% restarts: monotonic seconds of the restarts within the last `period`.
-record(state, {name, strategy = one_for_one, children = [],
                dynamics = #{}, intensity = 1, period = 5, restarts = [],
                auto_shutdown = never, module, args}).

%%% ---------------------------------------------------------------------
%%% API
%%% ---------------------------------------------------------------------

start_link(Mod, Args) ->
    gen_server:start_link(supervisor, {self, Mod, Args}, []).

start_link(SupName, Mod, Args) ->
    gen_server:start_link(SupName, supervisor, {SupName, Mod, Args}, []).

start_child(Sup, ChildSpecOrArgs) -> call(Sup, {start_child, ChildSpecOrArgs}).
restart_child(Sup, Id) -> call(Sup, {restart_child, Id}).
delete_child(Sup, Id) -> call(Sup, {delete_child, Id}).
terminate_child(Sup, IdOrPid) -> call(Sup, {terminate_child, IdOrPid}).
which_children(Sup) -> call(Sup, which_children).
count_children(Sup) -> call(Sup, count_children).
get_childspec(Sup, Id) -> call(Sup, {get_childspec, Id}).

%% For release handling: the callback module, read from the server's state.
get_callback_module(Pid) ->
    {status, _, _, [_, _, _, _, [_, _, {data, [{"State", State}]} | _]]} =
        sys:get_status(Pid),
    State#state.module.

%% Calls never time out: a supervisor may take long to stop a child.
call(Sup, Req) -> gen_server:call(Sup, Req, infinity).

%% check_childspecs/1 does not know the supervisor's auto_shutdown, so it
%% accepts a significant temporary child, as OTP 25 does.
check_childspecs(Specs) -> check_childspecs(Specs, undefined).

check_childspecs(Specs, AutoShutdown) when is_list(Specs) ->
    case check_startspec(Specs, AutoShutdown) of
        {ok, _} -> ok;
        Error -> {error, Error}
    end;
check_childspecs(X, _) -> {error, {badarg, X}}.

%%% ---------------------------------------------------------------------
%%% gen_server callbacks
%%% ---------------------------------------------------------------------

init({SupName, Mod, Args}) ->
    process_flag(trap_exit, true),
    case Mod:init(Args) of
        {ok, {SupFlags, StartSpec}} ->
            case set_flags(SupFlags, #state{name = supname(SupName, Mod),
                                            module = Mod, args = Args}) of
                {ok, State} when State#state.strategy =:= simple_one_for_one ->
                    init_dynamic(State, StartSpec);
                {ok, State} ->
                    init_children(State, StartSpec);
                Error ->
                    {stop, {supervisor_data, Error}}
            end;
        ignore ->
            ignore;
        Error ->
            {stop, {bad_return, {Mod, init, Error}}}
    end.

init_children(State, StartSpec) ->
    case check_startspec(StartSpec, State#state.auto_shutdown) of
        {ok, Children} ->
            case start_children(Children, State#state.name) of
                {ok, Started} ->
                    {ok, State#state{children = Started}};
                {error, Started, Reason} ->
                    terminate_children(Started, State#state.name),
                    {stop, {shutdown, Reason}}
            end;
        Error ->
            {stop, {start_spec, Error}}
    end.

%% simple_one_for_one: exactly one spec, the template of every child.
init_dynamic(State, [StartSpec]) ->
    case check_startspec([StartSpec], State#state.auto_shutdown) of
        {ok, Children} -> {ok, State#state{children = Children}};
        Error -> {stop, {start_spec, Error}}
    end;
init_dynamic(_State, StartSpec) ->
    {stop, {bad_start_spec, StartSpec}}.

handle_call({start_child, Args}, _From, State)
  when State#state.strategy =:= simple_one_for_one ->
    [Template] = State#state.children,
    {M, F, A} = Template#child.mfargs,
    Child = Template#child{mfargs = {M, F, A ++ Args}},
    case do_start_child(Child) of
        {ok, undefined} ->
            {reply, {ok, undefined}, State};
        {ok, Pid} ->
            {reply, {ok, Pid}, dyn_store(Pid, Args, State)};
        {ok, Pid, Extra} ->
            {reply, {ok, Pid, Extra}, dyn_store(Pid, Args, State)};
        Error ->
            {reply, Error, State}
    end;
handle_call({start_child, ChildSpec}, _From, State) ->
    case check_childspec(ChildSpec, State#state.auto_shutdown) of
        {ok, Child} ->
            {Reply, NState} = handle_start_child(Child, State),
            {reply, Reply, NState};
        What ->
            {reply, {error, What}, State}
    end;

handle_call({terminate_child, Id}, _From, State)
  when not is_pid(Id), State#state.strategy =:= simple_one_for_one ->
    {reply, {error, simple_one_for_one}, State};
handle_call({terminate_child, Pid}, _From, State)
  when State#state.strategy =:= simple_one_for_one ->
    case maps:is_key(Pid, State#state.dynamics) of
        true ->
            [Template] = State#state.children,
            do_terminate(Template#child{pid = Pid}, State#state.name),
            {reply, ok, dyn_erase(Pid, State)};
        false ->
            %% OTP 25: a pid that is not ours is not_found while it lives;
            %% once dead, there is nothing left to stop
            case is_process_alive(Pid) of
                true -> {reply, {error, not_found}, State};
                false -> {reply, ok, State}
            end
    end;
handle_call({terminate_child, IdOrPid}, _From, State) ->
    case find_child(IdOrPid, State) of
        {ok, Child} ->
            do_terminate(Child, State#state.name),
            {reply, ok, del_child(Child, State)};
        error ->
            {reply, {error, not_found}, State}
    end;

handle_call({restart_child, _Id}, _From, State)
  when State#state.strategy =:= simple_one_for_one ->
    {reply, {error, simple_one_for_one}, State};
handle_call({restart_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined} = Child} ->
            case do_start_child(Child) of
                {ok, Pid} ->
                    {reply, {ok, Pid}, set_pid(Id, Pid, State)};
                {ok, Pid, Extra} ->
                    {reply, {ok, Pid, Extra}, set_pid(Id, Pid, State)};
                Error ->
                    {reply, Error, State}
            end;
        {ok, #child{pid = {restarting, _}}} ->
            {reply, {error, restarting}, State};
        {ok, _} ->
            {reply, {error, running}, State};
        error ->
            {reply, {error, not_found}, State}
    end;

handle_call({delete_child, _Id}, _From, State)
  when State#state.strategy =:= simple_one_for_one ->
    {reply, {error, simple_one_for_one}, State};
handle_call({delete_child, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = undefined}} ->
            Children = lists:keydelete(Id, #child.id, State#state.children),
            {reply, ok, State#state{children = Children}};
        {ok, #child{pid = {restarting, _}}} ->
            {reply, {error, restarting}, State};
        {ok, _} ->
            {reply, {error, running}, State};
        error ->
            {reply, {error, not_found}, State}
    end;

handle_call({get_childspec, Id}, _From, State) ->
    case find_child(Id, State) of
        {ok, Child} -> {reply, {ok, child_to_spec(Child)}, State};
        error -> {reply, {error, not_found}, State}
    end;

handle_call(which_children, _From, State)
  when State#state.strategy =:= simple_one_for_one ->
    [#child{child_type = Type, modules = Mods}] = State#state.children,
    Reply = [{undefined, which_pid(Pid), Type, Mods}
             || Pid <- maps:keys(State#state.dynamics)],
    {reply, Reply, State};
handle_call(which_children, _From, State) ->
    Reply = [{Id, which_pid(Pid), Type, Mods}
             || #child{id = Id, pid = Pid, child_type = Type, modules = Mods}
                    <- State#state.children],
    {reply, Reply, State};

handle_call(count_children, _From, State)
  when State#state.strategy =:= simple_one_for_one ->
    [#child{child_type = Type}] = State#state.children,
    N = maps:size(State#state.dynamics),
    Active = length([P || P <- maps:keys(State#state.dynamics),
                          is_pid(P), is_process_alive(P)]),
    {reply, counts(N, Active, Type), State};
handle_call(count_children, _From, State) ->
    Reply = lists:foldl(fun count_child/2,
                        [{specs, 0}, {active, 0}, {supervisors, 0}, {workers, 0}],
                        State#state.children),
    {reply, Reply, State}.

%% A restart that failed is retried through our own mailbox, so that calls
%% and exits queued meanwhile are served between two attempts.
handle_cast({try_again_restart, IdOrPid}, State) ->
    case find_restarting(IdOrPid, State) of
        {ok, Child} ->
            case restart(Child, State) of
                {ok, NState} -> {noreply, NState};
                {shutdown, NState} -> {stop, shutdown, NState}
            end;
        error ->
            {noreply, State}
    end.

handle_info({'EXIT', Pid, Reason}, State) ->
    case child_exited(Pid, Reason, State) of
        {ok, NState} -> {noreply, NState};
        {shutdown, NState} -> {stop, shutdown, NState}
    end;
handle_info(Msg, State) ->
    beamlet:report("ERROR REPORT",
                   io_lib:format("Supervisor received unexpected message: ~tp~n~n",
                                 [Msg])),
    {noreply, State}.

terminate(_Reason, State) when State#state.strategy =:= simple_one_for_one ->
    terminate_dynamic(State);
terminate(_Reason, State) ->
    terminate_children(State#state.children, State#state.name),
    ok.

%% On a code change the callback module's init/1 is asked again: new flags
%% and new specs. Running children keep running; OTP's result shapes.
code_change(_, State, _) ->
    Mod = State#state.module,
    case Mod:init(State#state.args) of
        {ok, {SupFlags, StartSpec}} ->
            case set_flags(SupFlags, State) of
                {ok, NState} -> update_specs(StartSpec, NState);
                {invalid_type, SupFlags} -> {error, {bad_flags, SupFlags}};
                Error -> {error, Error}
            end;
        ignore ->
            {ok, State};
        Error ->
            Error
    end.

%% The new specs replace the old ones of the same id (keeping the pid); the
%% listed ones come first in start order, then the old children the new
%% list lacks, kept as they were.
update_specs(StartSpec, State) ->
    case check_startspec(StartSpec, State#state.auto_shutdown) of
        {ok, New} when State#state.strategy =:= simple_one_for_one ->
            {ok, State#state{children = New}};
        {ok, New} ->
            Old = State#state.children,
            Updated = [case lists:keyfind(Id, #child.id, Old) of
                           false -> C;
                           #child{pid = Pid} -> C#child{pid = Pid}
                       end || #child{id = Id} = C <- New],
            Kept = [C || #child{id = Id} = C <- Old,
                         not lists:keymember(Id, #child.id, New)],
            {ok, State#state{children = Kept ++ lists:reverse(Updated)}};
        Error ->
            {error, Error}
    end.

%%% ---------------------------------------------------------------------
%%% Starting children
%%% ---------------------------------------------------------------------

%% Children come in start order; they are started in that order and come
%% back most recent first. On a failure the ones started so far and the
%% rest (not started) are returned, for the caller to stop.
start_children(Children, SupName) ->
    start_children(Children, SupName, []).

start_children([], _SupName, Started) ->
    {ok, Started};
start_children([Child | Rest], SupName, Started) ->
    case do_start_child(Child) of
        {ok, undefined} when Child#child.restart_type =:= temporary ->
            start_children(Rest, SupName, Started);
        {ok, Pid} ->
            start_children(Rest, SupName, [Child#child{pid = Pid} | Started]);
        {ok, Pid, _Extra} ->
            start_children(Rest, SupName, [Child#child{pid = Pid} | Started]);
        {error, Reason} ->
            report(start_error, Reason, Child, SupName),
            NotStarted = [C#child{pid = undefined} || C <- [Child | Rest]],
            {error, lists:reverse(NotStarted) ++ Started,
             {failed_to_start_child, Child#child.id, Reason}}
    end.

%% ignore gives {ok, undefined}: the spec is kept, nothing runs.
do_start_child(#child{mfargs = {M, F, A}}) ->
    case catch apply(M, F, A) of
        {ok, Pid} when is_pid(Pid) -> {ok, Pid};
        {ok, Pid, Extra} when is_pid(Pid) -> {ok, Pid, Extra};
        ignore -> {ok, undefined};
        {error, Reason} -> {error, Reason};
        What -> {error, What}
    end.

handle_start_child(Child, State) ->
    case find_child(Child#child.id, State) of
        error ->
            case do_start_child(Child) of
                {ok, undefined} when Child#child.restart_type =:= temporary ->
                    {{ok, undefined}, State};
                {ok, Pid} ->
                    {{ok, Pid}, save_child(Child#child{pid = Pid}, State)};
                {ok, Pid, Extra} ->
                    {{ok, Pid, Extra}, save_child(Child#child{pid = Pid}, State)};
                {error, Reason} ->
                    %% OTP 25 hands back its internal child record too
                    {{error, {Reason, Child}}, State}
            end;
        {ok, #child{pid = Pid}} when is_pid(Pid) ->
            {{error, {already_started, Pid}}, State};
        {ok, _} ->
            {{error, already_present}, State}
    end.

%% A temporary child is never restarted, so its arguments are not kept.
save_child(#child{mfargs = {M, F, _}} = Child, State)
  when Child#child.restart_type =:= temporary ->
    State#state{children = [Child#child{mfargs = {M, F, undefined}}
                            | State#state.children]};
save_child(Child, State) ->
    State#state{children = [Child | State#state.children]}.

%%% ---------------------------------------------------------------------
%%% A child exits: restart by strategy, within the intensity
%%% ---------------------------------------------------------------------

child_exited(Pid, Reason, State) when State#state.strategy =:= simple_one_for_one ->
    case maps:find(Pid, State#state.dynamics) of
        {ok, Args} ->
            [#child{mfargs = {M, F, A}} = T] = State#state.children,
            Child = T#child{pid = Pid, mfargs = {M, F, dyn_args(A, Args)}},
            do_restart(Reason, Child, State);
        error ->
            {ok, State}
    end;
child_exited(Pid, Reason, State) ->
    case lists:keyfind(Pid, #child.pid, State#state.children) of
        false -> {ok, State};
        Child -> do_restart(Reason, Child, State)
    end.

%% A temporary dynamic child's arguments are not kept (see dyn_store/3):
%% it is reported with undefined arguments, as OTP does.
dyn_args(_, undefined) -> undefined;
dyn_args(A, Args) -> A ++ Args.

do_restart(Reason, #child{restart_type = permanent} = Child, State) ->
    report(child_terminated, Reason, Child, State#state.name),
    restart(Child, State);
do_restart(Reason, #child{restart_type = transient} = Child, State) ->
    case is_clean_exit(Reason) of
        true ->
            auto_shutdown(Child, del_child(Child, State));
        false ->
            report(child_terminated, Reason, Child, State#state.name),
            restart(Child, State)
    end;
do_restart(Reason, #child{restart_type = temporary} = Child, State) ->
    case is_clean_exit(Reason) of
        true -> ok;
        false -> report(child_terminated, Reason, Child, State#state.name)
    end,
    auto_shutdown(Child, del_child(Child, State)).

%% A significant child that has ended for good stops the supervisor when
%% auto_shutdown says so: any_significant at once, all_significant when
%% no other significant child runs.
auto_shutdown(#child{significant = true}, State)
  when State#state.auto_shutdown =:= any_significant ->
    {shutdown, State};
auto_shutdown(#child{significant = true}, State)
  when State#state.auto_shutdown =:= all_significant ->
    Running = case State#state.strategy of
                  simple_one_for_one ->
                      maps:size(State#state.dynamics) > 0;
                  _ ->
                      lists:any(fun(#child{significant = Sig, pid = Pid}) ->
                                        Sig andalso Pid =/= undefined
                                end, State#state.children)
              end,
    case Running of
        true -> {ok, State};
        false -> {shutdown, State}
    end;
auto_shutdown(_Child, State) ->
    {ok, State}.

is_clean_exit(normal) -> true;
is_clean_exit(shutdown) -> true;
is_clean_exit({shutdown, _}) -> true;
is_clean_exit(_) -> false.

restart(Child, State) ->
    case add_restart(State) of
        {ok, NState} ->
            case restart(NState#state.strategy, Child, NState) of
                {{try_again, IdOrPid}, NState2} ->
                    gen_server:cast(self(), {try_again_restart, IdOrPid}),
                    {ok, NState2};
                Other ->
                    Other
            end;
        {terminate, NState} ->
            report(shutdown, reached_max_restart_intensity, Child, State#state.name),
            {shutdown, del_child(Child, NState)}
    end.

restart(simple_one_for_one, #child{pid = OldPid} = Child, State) ->
    Args = maps:get(OldPid, State#state.dynamics),
    State1 = dyn_erase(OldPid, State),
    case do_start_child(Child) of
        {ok, Pid} -> {ok, dyn_store(Pid, Args, State1)};
        {ok, Pid, _} -> {ok, dyn_store(Pid, Args, State1)};
        {error, Reason} ->
            report(start_error, Reason, Child, State#state.name),
            Key = restarting(OldPid),
            {{try_again, Key}, dyn_store(Key, Args, State1)}
    end;
restart(one_for_one, #child{id = Id, pid = OldPid} = Child, State) ->
    case do_start_child(Child) of
        {ok, Pid} -> {ok, set_pid(Id, Pid, State)};
        {ok, Pid, _} -> {ok, set_pid(Id, Pid, State)};
        {error, Reason} ->
            report(start_error, Reason, Child, State#state.name),
            {{try_again, Id}, set_pid(Id, restarting(OldPid), State)}
    end;
restart(one_for_all, Child, State) ->
    %% every sibling is stopped (most recent first) and all are started again
    Children = del_child_list(Child, State#state.children),
    {Result, NChildren} = restart_multiple(Child, Children, State#state.name),
    {Result, State#state{children = NChildren}};
restart(rest_for_one, Child, State) ->
    %% the children started after the one that exited are stopped and
    %% started again with it; the older ones are left alone
    {After, Before} = split_children(Child#child.id, State#state.children, []),
    {Result, NAfter} = restart_multiple(Child, After, State#state.name),
    {Result, State#state{children = NAfter ++ Before}}.

%% Children: most recent first. Returns {Result, Children} in that order.
restart_multiple(Child, Children, SupName) ->
    Stopped = terminate_children(Children, SupName),
    case start_children(lists:reverse(Stopped), SupName) of
        {ok, Started} ->
            {ok, Started};
        {error, Started, {failed_to_start_child, FailedId, _}} ->
            Marker = case FailedId =:= Child#child.id of
                         true -> restarting(Child#child.pid);
                         false -> restarting(undefined)
                     end,
            {{try_again, FailedId},
             set_pid_list(FailedId, Marker, Started)}
    end.

%% Split at Id (children most recent first): the ones started at or after
%% Id (Id's own pid cleared) and the ones started before it.
split_children(Id, [#child{id = Id} = C | Before], After) ->
    {lists:reverse([C#child{pid = undefined} | After]), Before};
split_children(Id, [C | Rest], After) ->
    split_children(Id, Rest, [C | After]).

restarting({restarting, _} = R) -> R;
restarting(Pid) -> {restarting, Pid}.

%% Each restart is stamped; the ones older than the period are forgotten.
%% More than `intensity` stamps left: give up.
add_restart(State) ->
    Now = erlang:monotonic_time(second),
    Threshold = Now - State#state.period,
    Recent = [Now | lists:takewhile(fun(R) -> R >= Threshold end,
                                    State#state.restarts)],
    NState = State#state{restarts = Recent},
    case length(Recent) =< State#state.intensity of
        true -> {ok, NState};
        false -> {terminate, NState}
    end.

%%% ---------------------------------------------------------------------
%%% Stopping children
%%% ---------------------------------------------------------------------

%% Stops each child, most recent first. Temporary children are forgotten,
%% the others kept with pid undefined, in the same order.
terminate_children([], _SupName) ->
    [];
terminate_children([Child | Rest], SupName) ->
    do_terminate(Child, SupName),
    case Child#child.restart_type of
        temporary -> terminate_children(Rest, SupName);
        _ -> [Child#child{pid = undefined} | terminate_children(Rest, SupName)]
    end.

%% A child that ends with another reason than the one it was asked to end
%% with is reported (shutdown_error), unless it is not permanent and ends
%% normal, shutdown or {shutdown, _}.
do_terminate(#child{pid = Pid} = Child, SupName) when is_pid(Pid) ->
    case shutdown(Pid, Child#child.shutdown) of
        ok -> ok;
        {error, Reason} ->
            case expected_end(Reason, Child) of
                true -> ok;
                false -> report(shutdown_error, Reason, Child, SupName)
            end
    end,
    ok;
do_terminate(_Child, _SupName) ->
    ok.

%% The dynamic children of a simple_one_for_one supervisor are all told at
%% once and stop together (they can be many); the ones that end with an
%% unexpected reason are reported once per reason, with their number.
terminate_dynamic(State) ->
    [Template] = State#state.children,
    Shutdown = Template#child.shutdown,
    Signal = case Shutdown of
                 brutal_kill -> kill;
                 _ -> shutdown
             end,
    Waiting = maps:from_list(
                [begin
                     Ref = erlang:monitor(process, Pid),
                     exit(Pid, Signal),
                     {{Pid, Ref}, true}
                 end || Pid <- maps:keys(State#state.dynamics), is_pid(Pid)]),
    Timer = case Shutdown of
                brutal_kill -> undefined;
                infinity -> undefined;
                Time -> erlang:start_timer(Time, self(), kill)
            end,
    Errors = wait_dynamic(Template, Signal, Waiting, Timer, #{}),
    cancel_timer(Timer),
    lists:foreach(fun({Reason, Pids}) ->
                          report(shutdown_error, Reason, Template#child{pid = Pids},
                                 State#state.name)
                  end, maps:to_list(Errors)),
    ok.

wait_dynamic(Template, Signal, Waiting, Timer, Errors) when map_size(Waiting) > 0 ->
    receive
        {'DOWN', Ref, process, Pid, Down} when is_map_key({Pid, Ref}, Waiting) ->
            Reason = unlink_flush(Pid, Down),
            Left = maps:remove({Pid, Ref}, Waiting),
            Ok = Reason =:= signal_reason(Signal) orelse expected_end(Reason, Template),
            NErrors = case Ok of
                          true -> Errors;
                          false -> maps:put(Reason, [Pid | maps:get(Reason, Errors, [])],
                                            Errors)
                      end,
            wait_dynamic(Template, Signal, Left, Timer, NErrors);
        {timeout, Timer, kill} ->
            [exit(Pid, kill) || {Pid, _} <- maps:keys(Waiting)],
            wait_dynamic(Template, Signal, Waiting, undefined, Errors)
    end;
wait_dynamic(_Template, _Signal, _Waiting, _Timer, Errors) ->
    Errors.

signal_reason(kill) -> killed;
signal_reason(shutdown) -> shutdown.

cancel_timer(undefined) ->
    ok;
cancel_timer(Timer) ->
    erlang:cancel_timer(Timer),
    receive
        {timeout, Timer, kill} -> ok
    after 0 -> ok
    end.

%% brutal_kill: exit(Pid, kill). A time: exit(Pid, shutdown), then kill if
%% it has not ended in time; infinity waits. The monitor tells us it has
%% ended; the reason we trust is the link's 'EXIT', when it is there (the
%% child may have ended by itself before our signal reached it).
shutdown(Pid, brutal_kill) ->
    Ref = erlang:monitor(process, Pid),
    exit(Pid, kill),
    receive
        {'DOWN', Ref, process, Pid, Down} ->
            expect(killed, unlink_flush(Pid, Down))
    end;
shutdown(Pid, Time) ->
    Ref = erlang:monitor(process, Pid),
    exit(Pid, shutdown),
    receive
        {'DOWN', Ref, process, Pid, Down} ->
            expect(shutdown, unlink_flush(Pid, Down))
    after Time ->
            exit(Pid, kill),
            receive
                {'DOWN', Ref, process, Pid, Down} ->
                    {error, unlink_flush(Pid, Down)}
            end
    end.

%% A child that is not permanent may also end normal or {shutdown, _}.
expected_end(Reason, #child{restart_type = Restart}) ->
    Restart =/= permanent andalso is_clean_exit(Reason).

expect(Reason, Reason) -> ok;
expect(_, Other) -> {error, Other}.

unlink_flush(Pid, Default) ->
    unlink(Pid),
    receive
        {'EXIT', Pid, Reason} -> Reason
    after 0 -> Default
    end.

%%% ---------------------------------------------------------------------
%%% Flags and child specs
%%% ---------------------------------------------------------------------

set_flags(Flags, State) ->
    try check_flags(Flags) of
        {Strategy, Intensity, Period, AutoShutdown} ->
            {ok, State#state{strategy = Strategy, intensity = Intensity,
                             period = Period, auto_shutdown = AutoShutdown}}
    catch
        throw:Error -> Error
    end.

check_flags(Flags) when is_map(Flags) ->
    Strategy = maps:get(strategy, Flags, one_for_one),
    Intensity = maps:get(intensity, Flags, 1),
    Period = maps:get(period, Flags, 5),
    AutoShutdown = maps:get(auto_shutdown, Flags, never),
    valid_strategy(Strategy),
    valid_intensity(Intensity),
    valid_period(Period),
    valid_auto_shutdown(AutoShutdown),
    {Strategy, Intensity, Period, AutoShutdown};
check_flags({Strategy, Intensity, Period}) ->
    check_flags(#{strategy => Strategy, intensity => Intensity, period => Period});
check_flags(What) ->
    throw({invalid_type, What}).

valid_strategy(S) when S =:= one_for_one; S =:= one_for_all;
                       S =:= rest_for_one; S =:= simple_one_for_one -> ok;
valid_strategy(What) -> throw({invalid_strategy, What}).

valid_intensity(I) when is_integer(I), I >= 0 -> ok;
valid_intensity(What) -> throw({invalid_intensity, What}).

valid_period(P) when is_integer(P), P > 0 -> ok;
valid_period(What) -> throw({invalid_period, What}).

valid_auto_shutdown(A) when A =:= never; A =:= any_significant;
                            A =:= all_significant -> ok;
valid_auto_shutdown(What) -> throw({invalid_auto_shutdown, What}).

%% Specs in start order -> {ok, Children in start order} | Error.
check_startspec(Specs, AutoShutdown) ->
    check_startspec(Specs, AutoShutdown, []).

check_startspec([Spec | Rest], AutoShutdown, Acc) ->
    case check_childspec(Spec, AutoShutdown) of
        {ok, Child} ->
            case lists:keymember(Child#child.id, #child.id, Acc) of
                %% OTP's word is "name", kept from before ids were ids
                true -> {duplicate_child_name, Child#child.id};
                false -> check_startspec(Rest, AutoShutdown, [Child | Acc])
            end;
        Error ->
            Error
    end;
check_startspec([], _AutoShutdown, Acc) ->
    {ok, lists:reverse(Acc)}.

%% The checks run in OTP's order, so the first fault found is OTP's.
check_childspec(Spec, AutoShutdown) when is_map(Spec) ->
    try
        {ok, childspec(Spec, AutoShutdown)}
    catch
        throw:Error -> Error
    end;
check_childspec({Id, Start, Restart, Shutdown, Type, Mods}, AutoShutdown) ->
    check_childspec(#{id => Id, start => Start, restart => Restart,
                      shutdown => Shutdown, type => Type, modules => Mods},
                    AutoShutdown);
check_childspec(X, _AutoShutdown) ->
    {invalid_child_spec, X}.

childspec(Spec, AutoShutdown) ->
    Id = case Spec of
             #{id := I} -> I;
             _ -> throw(missing_id)
         end,
    Start = case Spec of
                #{start := S} -> S;
                _ -> throw(missing_start)
            end,
    valid_mfa(Start),
    Restart = maps:get(restart, Spec, permanent),
    valid_restart(Restart),
    Significant = maps:get(significant, Spec, false),
    valid_significant(Significant, Restart, AutoShutdown),
    Type = maps:get(type, Spec, worker),
    valid_type(Type),
    Shutdown = case Spec of
                   #{shutdown := T} -> T;
                   _ when Type =:= supervisor -> infinity;
                   _ -> 5000
               end,
    valid_shutdown(Shutdown),
    Mods = case Spec of
               #{modules := Ms} -> Ms;
               _ -> [element(1, Start)]
           end,
    valid_modules(Mods),
    #child{id = Id, mfargs = Start, restart_type = Restart,
           significant = Significant, shutdown = Shutdown,
           child_type = Type, modules = Mods}.

valid_mfa({M, F, A}) when is_atom(M), is_atom(F), is_list(A) -> ok;
valid_mfa(What) -> throw({invalid_mfa, What}).

valid_restart(R) when R =:= permanent; R =:= transient; R =:= temporary -> ok;
valid_restart(What) -> throw({invalid_restart_type, What}).

valid_significant(true, permanent, _) ->
    throw({bad_combination, [{restart, permanent}, {significant, true}]});
valid_significant(true, _, never) ->
    throw({bad_combination, [{auto_shutdown, never}, {significant, true}]});
valid_significant(S, _, _) when is_boolean(S) -> ok;
valid_significant(What, _, _) -> throw({invalid_significant, What}).

valid_type(T) when T =:= worker; T =:= supervisor -> ok;
valid_type(What) -> throw({invalid_child_type, What}).

valid_shutdown(T) when is_integer(T), T >= 0 -> ok;
valid_shutdown(infinity) -> ok;
valid_shutdown(brutal_kill) -> ok;
valid_shutdown(What) -> throw({invalid_shutdown, What}).

valid_modules(dynamic) -> ok;
valid_modules(Mods) when is_list(Mods) ->
    lists:foreach(fun(M) when is_atom(M) -> ok;
                     (M) -> throw({invalid_module, M})
                  end, Mods);
valid_modules(What) -> throw({invalid_modules, What}).

child_to_spec(#child{id = Id, mfargs = Start, restart_type = Restart,
                     significant = Significant, shutdown = Shutdown,
                     child_type = Type, modules = Mods}) ->
    #{id => Id, start => Start, restart => Restart, significant => Significant,
      shutdown => Shutdown, type => Type, modules => Mods}.

%%% ---------------------------------------------------------------------
%%% The children list
%%% ---------------------------------------------------------------------

supname(self, Mod) -> {self(), Mod};
supname(Name, _Mod) -> Name.

%% By id only: OTP 25's terminate_child(Sup, Pid) of a static child is
%% {error, not_found}.
find_child(Id, State) ->
    case lists:keyfind(Id, #child.id, State#state.children) of
        false -> error;
        Child -> {ok, Child}
    end.

%% The child a try_again_restart names, if it still waits for one.
find_restarting(Key, State) when State#state.strategy =:= simple_one_for_one ->
    case maps:find(Key, State#state.dynamics) of
        {ok, Args} ->
            [#child{mfargs = {M, F, A}} = T] = State#state.children,
            {ok, T#child{pid = Key, mfargs = {M, F, dyn_args(A, Args)}}};
        error ->
            error
    end;
find_restarting(Id, State) ->
    case find_child(Id, State) of
        {ok, #child{pid = {restarting, _}}} = Found -> Found;
        _ -> error
    end.

%% An ended child: a temporary one is forgotten, another kept, not running.
del_child(Child, State) when State#state.strategy =:= simple_one_for_one ->
    dyn_erase(Child#child.pid, State);
del_child(Child, State) ->
    State#state{children = del_child_list(Child, State#state.children)}.

del_child_list(#child{id = Id, restart_type = temporary}, Children) ->
    lists:keydelete(Id, #child.id, Children);
del_child_list(#child{id = Id}, Children) ->
    set_pid_list(Id, undefined, Children).

set_pid(Id, Pid, State) ->
    State#state{children = set_pid_list(Id, Pid, State#state.children)}.

set_pid_list(Id, Pid, Children) ->
    [case C of
         #child{id = Id} -> C#child{pid = Pid};
         _ -> C
     end || C <- Children].

which_pid({restarting, _}) -> restarting;
which_pid(Pid) -> Pid.

%% A temporary dynamic child is never restarted: its arguments are not kept.
dyn_store(Pid, Args, State) ->
    [Template] = State#state.children,
    Kept = case Template#child.restart_type of
               temporary -> undefined;
               _ -> Args
           end,
    State#state{dynamics = maps:put(Pid, Kept, State#state.dynamics)}.

dyn_erase(Pid, State) ->
    State#state{dynamics = maps:remove(Pid, State#state.dynamics)}.

count_child(#child{pid = Pid, child_type = Type},
            [{specs, S}, {active, A}, {supervisors, Sup}, {workers, W}]) ->
    Active = case is_pid(Pid) andalso is_process_alive(Pid) of
                 true -> A + 1;
                 false -> A
             end,
    case Type of
        supervisor -> [{specs, S + 1}, {active, Active}, {supervisors, Sup + 1}, {workers, W}];
        worker -> [{specs, S + 1}, {active, Active}, {supervisors, Sup}, {workers, W + 1}]
    end.

counts(N, Active, supervisor) ->
    [{specs, 1}, {active, Active}, {supervisors, N}, {workers, 0}];
counts(N, Active, worker) ->
    [{specs, 1}, {active, Active}, {supervisors, 0}, {workers, N}].

%%% ---------------------------------------------------------------------
%%% Reports
%%% ---------------------------------------------------------------------

%% OTP 25's SUPERVISOR REPORT, as its default logger handler prints it
%% (progress reports are below the default level and not printed).
report(Context, Reason, Child, SupName) ->
    Text = io_lib:format("    supervisor: ~tp~n    errorContext: ~tp~n"
                         "    reason: ~tp~n    offender: ~tp~n~n",
                         [SupName, Context, Reason, offender(Child)]),
    beamlet:report("SUPERVISOR REPORT", Text).

offender(#child{pid = Pids} = Child) when is_list(Pids) ->
    [{nb_children, length(Pids)} | tl(offender(Child#child{pid = undefined}))];
offender(#child{pid = Pid} = Child) ->
    [{pid, Pid}, {id, Child#child.id}, {mfargs, Child#child.mfargs},
     {restart_type, Child#child.restart_type},
     {significant, Child#child.significant},
     {shutdown, Child#child.shutdown}, {child_type, Child#child.child_type}].

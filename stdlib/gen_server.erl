%% gen_server: the generic server behaviour, as OTP 25's.
%%
%% A server is a proc_lib process (gen:init_it -> init_it/6 here) that
%% calls Mod:init/1, acks its starter and then loops: each message is a
%% call ({'$gen_call', From, Req}), a cast ({'$gen_cast', Req}), a system
%% message for sys ({system, From, Req}), its parent's exit, or anything
%% else (handle_info).  The callbacks' results decide how the loop goes
%% on: a new state, a timeout (a 'timeout' message when nothing comes),
%% hibernate (beamlet does not hibernate: the loop just waits), a
%% {continue, C} (handle_continue first), or a stop.
%%
%% A server that stops with a reason other than normal, shutdown or
%% {shutdown, _} writes OTP's "** Generic server X terminating" error
%% report, then exits so that proc_lib adds its crash report.
%%
%% With sys debug options (trace, log: sys:trace/2, {debug, Opts} at
%% start) each event also goes through sys:handle_debug, in other arities
%% of the loop's functions (handle_msg/7, handle_common_reply/9), as OTP's.
%%
%% The frames that appear in crash stacks (try_handle_call/4,
%% try_dispatch/4, handle_msg/6, init_it/2) are named and nested as OTP's,
%% so the reports list the same functions.
-module(gen_server).
-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, cast/2, reply/2, abcast/2, abcast/3,
         multi_call/2, multi_call/3, multi_call/4,
         enter_loop/3, enter_loop/4, enter_loop/5]).
-export([init_it/6, system_continue/3, system_terminate/4, system_code_change/4,
         system_get_state/1, system_replace_state/2, format_status/2,
         format_log/1, format_log/2, wake_hib/6]).

%% ---- the API ----------------------------------------------------------

start(Mod, Args, Options) ->
    gen:start(gen_server, nolink, Mod, Args, Options).
start(Name, Mod, Args, Options) ->
    gen:start(gen_server, nolink, Name, Mod, Args, Options).
start_link(Mod, Args, Options) ->
    gen:start(gen_server, link, Mod, Args, Options).
start_link(Name, Mod, Args, Options) ->
    gen:start(gen_server, link, Name, Mod, Args, Options).
start_monitor(Mod, Args, Options) ->
    gen:start(gen_server, monitor, Mod, Args, Options).
start_monitor(Name, Mod, Args, Options) ->
    gen:start(gen_server, monitor, Name, Mod, Args, Options).

stop(Server) -> gen:stop(Server).
stop(Server, Reason, Timeout) -> gen:stop(Server, Reason, Timeout).

call(Server, Request) ->
    case catch gen:call(Server, '$gen_call', Request) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, {gen_server, call, [Server, Request]}})
    end.

call(Server, Request, Timeout) ->
    case catch gen:call(Server, '$gen_call', Request, Timeout) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, {gen_server, call, [Server, Request, Timeout]}})
    end.

%% A cast never fails: to a dead pid or an unregistered name it is lost.
cast({global, Name}, Request) ->
    catch global:send(Name, {'$gen_cast', Request}),
    ok;
cast({via, Mod, Name}, Request) ->
    catch Mod:send(Name, {'$gen_cast', Request}),
    ok;
cast({Name, Node} = Dest, Request) when is_atom(Name), is_atom(Node) ->
    do_send(Dest, {'$gen_cast', Request});
cast(Dest, Request) when is_atom(Dest); is_pid(Dest) ->
    do_send(Dest, {'$gen_cast', Request}).

do_send(Dest, Msg) ->
    try
        erlang:send(Dest, Msg)
    catch
        error:_ -> ok
    end,
    ok.

reply(From, Reply) -> gen:reply(From, Reply).

%% One node: the node list can only hold this one.
abcast(Name, Request) when is_atom(Name) ->
    abcast([node()], Name, Request).
abcast(Nodes, Name, Request) when is_list(Nodes), is_atom(Name) ->
    _ = [do_send({Name, Node}, {'$gen_cast', Request}) || Node <- Nodes],
    abcast.

multi_call(Name, Request) -> multi_call([node()], Name, Request, infinity).
multi_call(Nodes, Name, Request) -> multi_call(Nodes, Name, Request, infinity).
multi_call(Nodes, Name, Request, Timeout) when is_list(Nodes), is_atom(Name) ->
    lists:foldr(fun(Node, {Good, Bad}) when Node =:= node() ->
                        try gen:call(Name, '$gen_call', Request, Timeout) of
                            {ok, Res} -> {[{Node, Res} | Good], Bad}
                        catch
                            exit:_ -> {Good, [Node | Bad]}
                        end;
                   (Node, {Good, Bad}) -> {Good, [Node | Bad]}
                end, {[], []}, Nodes).

%% Turn the calling process (started by proc_lib) into a server.
enter_loop(Mod, Options, State) ->
    enter_loop(Mod, Options, State, self(), infinity).
enter_loop(Mod, Options, State, {Scope, _} = ServerName) when Scope == local; Scope == global ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, {via, _, _} = ServerName) ->
    enter_loop(Mod, Options, State, ServerName, infinity);
enter_loop(Mod, Options, State, TimeoutOrHibernate) ->
    enter_loop(Mod, Options, State, self(), TimeoutOrHibernate).
enter_loop(Mod, Options, State, ServerName, TimeoutOrHibernate) ->
    Name = gen:get_proc_name(ServerName),
    Parent = gen:get_parent(),
    Debug = gen:debug_options(Name, Options),
    loop(Parent, Name, State, Mod, TimeoutOrHibernate, gen:hibernate_after(Options), Debug).

%% ---- starting ---------------------------------------------------------

init_it(Starter, self, Name, Mod, Args, Options) ->
    init_it(Starter, self(), Name, Mod, Args, Options);
init_it(Starter, Parent, Name0, Mod, Args, Options) ->
    Name = gen:name(Name0),
    Debug = gen:debug_options(Name, Options),
    HibAfter = gen:hibernate_after(Options),
    case init_it(Mod, Args) of
        {ok, {ok, State}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, infinity, HibAfter, Debug);
        {ok, {ok, State, Time}} when Time =:= infinity; is_integer(Time), Time >= 0; Time =:= hibernate ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, Time, HibAfter, Debug);
        {ok, {ok, State, {continue, _} = Continue}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(Parent, Name, State, Mod, Continue, HibAfter, Debug);
        {ok, {stop, Reason}} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, Reason}),
            exit(Reason);
        {ok, ignore} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, ignore),
            exit(normal);
        {ok, Else} ->
            Error = {bad_return_value, Else},
            proc_lib:init_ack(Starter, {error, Error}),
            exit(Error);
        {'EXIT', Class, Reason, Stack} ->
            gen:unregister_name(Name0),
            proc_lib:init_ack(Starter, {error, terminate_reason(Class, Reason, Stack)}),
            erlang:raise(Class, Reason, Stack)
    end.

init_it(Mod, Args) ->
    try
        {ok, Mod:init(Args)}
    catch
        throw:R -> {ok, R};
        Class:R:S -> {'EXIT', Class, R, S}
    end.

%% ---- the loop ---------------------------------------------------------

loop(Parent, Name, State, Mod, {continue, Continue} = Msg, HibAfter, Debug) ->
    Reply = try_dispatch(Mod, handle_continue, Continue, State),
    case Debug of
        [] ->
            handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibAfter, State);
        _ ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, Msg),
            handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibAfter, State, Debug1)
    end;
loop(Parent, Name, State, Mod, hibernate, HibAfter, Debug) ->
    proc_lib:hibernate(gen_server, wake_hib, [Parent, Name, State, Mod, HibAfter, Debug]);
loop(Parent, Name, State, Mod, infinity, HibAfter, Debug) ->
    receive
        Msg -> decode_msg(Msg, Parent, Name, State, Mod, infinity, HibAfter, Debug, false)
    after HibAfter ->
        loop(Parent, Name, State, Mod, hibernate, HibAfter, Debug)
    end;
loop(Parent, Name, State, Mod, Time, HibAfter, Debug) ->
    Msg = receive
              Input -> Input
          after Time -> timeout
          end,
    decode_msg(Msg, Parent, Name, State, Mod, Time, HibAfter, Debug, false).

wake_hib(Parent, Name, State, Mod, HibAfter, Debug) ->
    Msg = receive
              Input -> Input
          end,
    decode_msg(Msg, Parent, Name, State, Mod, hibernate, HibAfter, Debug, true).

%% Without debug options (the usual case) the message goes to
%% handle_msg/6; with them, each event also goes through
%% sys:handle_debug, in handle_msg/7.
decode_msg(Msg, Parent, Name, State, Mod, Time, HibAfter, Debug, Hib) ->
    case Msg of
        {system, From, Req} ->
            sys:handle_system_msg(Req, From, Parent, gen_server, Debug,
                                  [Name, State, Mod, Time, HibAfter], Hib);
        {'EXIT', Parent, Reason} ->
            terminate(Reason, current_stacktrace(), Name, undefined, Msg, Mod, State, Debug);
        _ when Debug =:= [] ->
            handle_msg(Msg, Parent, Name, State, Mod, HibAfter);
        _ ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {in, Msg}),
            handle_msg(Msg, Parent, Name, State, Mod, HibAfter, Debug1)
    end.

handle_msg({'$gen_call', From, Msg}, Parent, Name, State, Mod, HibAfter) ->
    Result = try_handle_call(Mod, Msg, From, State),
    case Result of
        {ok, {reply, Reply, NState}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, infinity, HibAfter, []);
        {ok, {reply, Reply, NState, Time}}
          when Time =:= infinity; is_integer(Time), Time >= 0; Time =:= hibernate ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, Time, HibAfter, []);
        {ok, {reply, Reply, NState, {continue, _} = Continue}} ->
            reply(From, Reply),
            loop(Parent, Name, NState, Mod, Continue, HibAfter, []);
        {ok, {stop, Reason, Reply, NState}} ->
            try
                terminate(Reason, current_stacktrace(), Name, From, Msg, Mod, NState, [])
            after
                reply(From, Reply)
            end;
        Other ->
            handle_common_reply(Other, Parent, Name, From, Msg, Mod, HibAfter, State)
    end;
handle_msg(Msg, Parent, Name, State, Mod, HibAfter) ->
    Reply = try_dispatch(Msg, Mod, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibAfter, State).

handle_msg({'$gen_call', From, Msg}, Parent, Name, State, Mod, HibAfter, Debug) ->
    Result = try_handle_call(Mod, Msg, From, State),
    case Result of
        {ok, {reply, Reply, NState}} ->
            Debug1 = reply(Name, From, Reply, NState, Debug),
            loop(Parent, Name, NState, Mod, infinity, HibAfter, Debug1);
        {ok, {reply, Reply, NState, Time}}
          when Time =:= infinity; is_integer(Time), Time >= 0; Time =:= hibernate ->
            Debug1 = reply(Name, From, Reply, NState, Debug),
            loop(Parent, Name, NState, Mod, Time, HibAfter, Debug1);
        {ok, {reply, Reply, NState, {continue, _} = Continue}} ->
            Debug1 = reply(Name, From, Reply, NState, Debug),
            loop(Parent, Name, NState, Mod, Continue, HibAfter, Debug1);
        {ok, {stop, Reason, Reply, NState}} ->
            try
                terminate(Reason, current_stacktrace(), Name, From, Msg, Mod, NState, Debug)
            after
                _ = reply(Name, From, Reply, NState, Debug)
            end;
        Other ->
            handle_common_reply(Other, Parent, Name, From, Msg, Mod, HibAfter, State, Debug)
    end;
handle_msg(Msg, Parent, Name, State, Mod, HibAfter, Debug) ->
    Reply = try_dispatch(Msg, Mod, State),
    handle_common_reply(Reply, Parent, Name, undefined, Msg, Mod, HibAfter, State, Debug).

handle_common_reply(Reply, Parent, Name, From, Msg, Mod, HibAfter, State) ->
    case Reply of
        {ok, {noreply, NState}} ->
            loop(Parent, Name, NState, Mod, infinity, HibAfter, []);
        {ok, {noreply, NState, Time}}
          when Time =:= infinity; is_integer(Time), Time >= 0; Time =:= hibernate ->
            loop(Parent, Name, NState, Mod, Time, HibAfter, []);
        {ok, {noreply, NState, {continue, _} = Continue}} ->
            loop(Parent, Name, NState, Mod, Continue, HibAfter, []);
        {ok, {stop, Reason, NState}} ->
            terminate(Reason, current_stacktrace(), Name, From, Msg, Mod, NState, []);
        {'EXIT', Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, Name, From, Msg, Mod, State, []);
        {ok, BadReply} ->
            terminate({bad_return_value, BadReply}, current_stacktrace(),
                      Name, From, Msg, Mod, State, [])
    end.

handle_common_reply(Reply, Parent, Name, From, Msg, Mod, HibAfter, State, Debug) ->
    case Reply of
        {ok, {noreply, NState}} ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, infinity, HibAfter, Debug1);
        {ok, {noreply, NState, Time}}
          when Time =:= infinity; is_integer(Time), Time >= 0; Time =:= hibernate ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, Time, HibAfter, Debug1);
        {ok, {noreply, NState, {continue, _} = Continue}} ->
            Debug1 = sys:handle_debug(Debug, fun print_event/3, Name, {noreply, NState}),
            loop(Parent, Name, NState, Mod, Continue, HibAfter, Debug1);
        {ok, {stop, Reason, NState}} ->
            terminate(Reason, current_stacktrace(), Name, From, Msg, Mod, NState, Debug);
        {'EXIT', Class, Reason, Stack} ->
            terminate(Class, Reason, Stack, Name, From, Msg, Mod, State, Debug);
        {ok, BadReply} ->
            terminate({bad_return_value, BadReply}, current_stacktrace(),
                      Name, From, Msg, Mod, State, Debug)
    end.

reply(Name, From, Reply, State, Debug) ->
    reply(From, Reply),
    sys:handle_debug(Debug, fun print_event/3, Name, {out, Reply, From, State}).

%% How sys:trace shows a server's events.
print_event(Dev, {in, Msg}, Name) ->
    case Msg of
        {'$gen_call', {From, _Tag}, Call} ->
            io:format(Dev, "*DBG* ~tp got call ~tp from ~tw~n", [Name, Call, From]);
        {'$gen_cast', Cast} ->
            io:format(Dev, "*DBG* ~tp got cast ~tp~n", [Name, Cast]);
        _ ->
            io:format(Dev, "*DBG* ~tp got ~tp~n", [Name, Msg])
    end;
print_event(Dev, {out, Msg, {To, _Tag}, State}, Name) ->
    io:format(Dev, "*DBG* ~tp sent ~tp to ~tw, new state ~tp~n", [Name, Msg, To, State]);
print_event(Dev, {noreply, State}, Name) ->
    io:format(Dev, "*DBG* ~tp new state ~tp~n", [Name, State]);
print_event(Dev, Event, Name) ->
    io:format(Dev, "*DBG* ~tp dbg  ~tp~n", [Name, Event]).

%% ---- calling the callbacks --------------------------------------------

try_dispatch({'$gen_cast', Msg}, Mod, State) ->
    try_dispatch(Mod, handle_cast, Msg, State);
try_dispatch(Info, Mod, State) ->
    try_dispatch(Mod, handle_info, Info, State).

%% A message to a module without handle_info/2 is reported (a warning, as
%% OTP's) and dropped.
try_dispatch(Mod, Func, Msg, State) ->
    try
        {ok, Mod:Func(Msg, State)}
    catch
        throw:R ->
            {ok, R};
        error:undef = R:Stack when Func == handle_info ->
            case erlang:function_exported(Mod, handle_info, 2) of
                false ->
                    logger:report(warning, "WARNING REPORT",
                                  format_log(#{label => {gen_server, no_handle_info},
                                               module => Mod, message => Msg})),
                    {ok, {noreply, State}};
                true ->
                    {'EXIT', error, R, Stack}
            end;
        Class:R:Stack ->
            {'EXIT', Class, R, Stack}
    end.

try_handle_call(Mod, Msg, From, State) ->
    try
        {ok, Mod:handle_call(Msg, From, State)}
    catch
        throw:R -> {ok, R};
        Class:R:Stack -> {'EXIT', Class, R, Stack}
    end.

try_terminate(Mod, Reason, State) ->
    case erlang:function_exported(Mod, terminate, 2) of
        true ->
            try
                {ok, Mod:terminate(Reason, State)}
            catch
                throw:R -> {ok, R};
                Class:R:Stack -> {'EXIT', Class, R, Stack}
            end;
        false ->
            {ok, ok}
    end.

%% ---- sys's callbacks --------------------------------------------------

system_continue(Parent, Debug, [Name, State, Mod, Time, HibAfter]) ->
    loop(Parent, Name, State, Mod, Time, HibAfter, Debug).

system_terminate(Reason, _Parent, Debug, [Name, State, Mod, _Time, _HibAfter]) ->
    terminate(Reason, current_stacktrace(), Name, undefined, [], Mod, State, Debug).

%% The callback module's code_change/3, called remotely, so it is the
%% newest version's; the Module argument of sys:change_code is not used.
system_code_change([Name, State, Mod, Time, HibAfter], _Module, OldVsn, Extra) ->
    case catch Mod:code_change(OldVsn, State, Extra) of
        {ok, NewState} -> {ok, [Name, NewState, Mod, Time, HibAfter]};
        Else -> Else
    end.

system_get_state([_Name, State, _Mod, _Time, _HibAfter]) ->
    {ok, State}.

system_replace_state(StateFun, [Name, State, Mod, Time, HibAfter]) ->
    NState = StateFun(State),
    {ok, NState, [Name, NState, Mod, Time, HibAfter]}.

format_status(Opt, StatusData) ->
    [PDict, SysState, Parent, Debug, [Name, State, Mod, _Time, _HibAfter]] = StatusData,
    Header = gen:format_status_header("Status for generic server", Name),
    Status = case gen:format_status(Mod, Opt, #{state => State, log => sys:get_log(Debug)},
                                    [PDict, State]) of
                 #{'EXIT' := R} = M -> M#{'$status' => [{data, [{"State", R}]}]};
                 #{'$status' := S} = M when is_list(S) -> M;
                 #{'$status' := S} = M -> M#{'$status' := [S]};
                 #{state := S} = M -> M#{'$status' => [{data, [{"State", S}]}]}
             end,
    [{header, Header},
     {data, [{"Status", SysState}, {"Parent", Parent},
             {"Logged events", format_log_state(Mod, maps:get(log, Status))}]}
     | maps:get('$status', Status)].

%% ---- terminating ------------------------------------------------------

%% An exit reason (from a {stop, ...} result, the parent, sys): reported
%% without a stack.
terminate(Reason, Stack, Name, From, Msg, Mod, State, Debug) ->
    terminate(exit, Reason, Stack, false, Name, From, Msg, Mod, State, Debug).

%% An exception out of a callback: reported with its stack.
terminate(Class, Reason, Stack, Name, From, Msg, Mod, State, Debug) ->
    terminate(Class, Reason, Stack, true, Name, From, Msg, Mod, State, Debug).

terminate(Class, Reason, Stack, ReportStack, Name, From, Msg, Mod, State, Debug) ->
    case try_terminate(Mod, terminate_reason(Class, Reason, Stack), State) of
        {'EXIT', C, R, S} ->
            error_info(R, S, Name, From, Msg, Mod, State, Debug),
            erlang:raise(C, R, S);
        _ ->
            case {Class, Reason} of
                {exit, normal} -> ok;
                {exit, shutdown} -> ok;
                {exit, {shutdown, _}} -> ok;
                _ when ReportStack -> error_info(Reason, Stack, Name, From, Msg, Mod, State, Debug);
                _ -> error_info(Reason, undefined, Name, From, Msg, Mod, State, Debug)
            end
    end,
    erlang:raise(Class, Reason, Stack).

terminate_reason(error, Reason, Stack) -> {Reason, Stack};
terminate_reason(exit, Reason, _Stack) -> Reason.

%% Where the server is now, as process_info(self(), current_stacktrace)
%% would say (beamlet's process_info does not have that item): the frames
%% above this function.
current_stacktrace() ->
    try
        erlang:error(stacktrace)
    catch
        error:stacktrace:Stack -> tl(Stack)
    end.

error_info(Reason, ST, Name, From, Msg, Mod, State, Debug) ->
    Status = gen:format_status(Mod, terminate,
                               #{reason => Reason, state => State, message => Msg,
                                 log => sys:get_log(Debug)},
                               [get(), State]),
    ReportReason = case ST of
                       undefined -> maps:get(reason, Status);
                       _ -> {maps:get(reason, Status), ST}
                   end,
    Report = #{label => {gen_server, terminate},
               name => Name,
               last_message => maps:get(message, Status),
               state => maps:get('EXIT', Status, maps:get('$status', Status, maps:get(state, Status))),
               log => format_log_state(Mod, maps:get(log, Status)),
               reason => ReportReason,
               client_info => client_stacktrace(From)},
    logger:report(error, "ERROR REPORT", format_log(Report)),
    ok.

client_stacktrace(undefined) ->
    undefined;
client_stacktrace({From, _Tag}) ->
    client_stacktrace(From);
client_stacktrace(From) when is_pid(From) ->
    case process_info(From, registered_name) of
        undefined -> {From, dead};
        [] -> {From, {From, stacktrace_of(From)}};
        {registered_name, Name} -> {From, {Name, stacktrace_of(From)}}
    end.

%% beamlet's process_info has no current_stacktrace: the client's stack
%% shows as empty.
stacktrace_of(Pid) ->
    case catch process_info(Pid, current_stacktrace) of
        {current_stacktrace, S} -> S;
        _ -> []
    end.

%% The logged states as format_status/2 would show them (with a
%% format_status/1 the log has been through it already).
format_log_state(Mod, Log) ->
    case erlang:function_exported(Mod, format_status, 1) of
        false ->
            [case Event of
                 {out, Msg, From, State} -> {out, Msg, From, shown_state(Mod, State)};
                 {noreply, State} -> {noreply, shown_state(Mod, State)};
                 _ -> Event
             end || Event <- Log];
        true ->
            Log
    end.

shown_state(Mod, State) ->
    maps:get(state, gen:format_status(Mod, terminate, #{state => State}, [get(), State])).

%% ---- the reports' text (OTP's format_log, multi-line) ------------------

format_log(Report) ->
    {Format, Args} = format_log_multi(Report),
    io_lib:format(Format, Args).

format_log(Report, _FormatOpts) ->
    format_log(Report).

format_log_multi(#{label := {gen_server, terminate}, name := Name, last_message := Msg,
                   state := State, log := Log, reason := Reason, client_info := Client}) ->
    {ClientFmt, ClientArgs} = format_client_log(Client),
    LogFmt = case Log of
                 [] -> "";
                 _ -> "** Log ==~n** [" ++ lists:join(",~n    ", ["~tp" || _ <- Log]) ++ "]~n"
             end,
    {lists:flatten(["** Generic server ~tp terminating \n"
                    "** Last message in was ~tp~n"
                    "** When Server state == ~tp~n"
                    "** Reason for termination ==~n"
                    "** ~tp~n", LogFmt, ClientFmt]),
     [Name, Msg, State, fix_reason(Reason)] ++ Log ++ ClientArgs};
format_log_multi(#{label := {gen_server, no_handle_info}, module := Mod, message := Msg}) ->
    {"** Undefined handle_info in ~p~n** Unhandled message: ~tp~n", [Mod, Msg]}.

format_client_log(undefined) -> {"", []};
format_client_log({From, dead}) -> {"** Client ~p is dead~n", [From]};
format_client_log({From, remote}) -> {"** Client ~p is remote on node ~p~n", [From, node(From)]};
format_client_log({_From, {Name, Stack}}) ->
    {"** Client ~tp stacktrace~n** ~tp~n", [Name, Stack]}.

%% An undef is explained: a module that could not be loaded, or a function
%% it does not export.
fix_reason({undef, [{M, F, A, L} | MFAs]} = Reason) when is_list(A) ->
    case code:is_loaded(M) of
        false -> {'module could not be loaded', [{M, F, A, L} | MFAs]};
        _ ->
            case erlang:function_exported(M, F, length(A)) of
                true -> Reason;
                false -> {'function not exported', [{M, F, A, L} | MFAs]}
            end
    end;
fix_reason(Reason) ->
    Reason.

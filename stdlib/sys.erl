%% sys: the system messages every OTP process understands: suspend and
%% resume, get and replace its state, change its code, terminate it, ask
%% its status.  A request is a gen call with the label system
%% ({system, From, Req}); a behaviour's loop hands it to
%% handle_system_msg/6,7, which answers and then goes on through the
%% behaviour's callbacks: system_continue/3 (running), system_terminate/4,
%% or the suspended loop here, which takes only system messages (and the
%% parent's exit) until a resume.  Code change is only done while
%% suspended, as in OTP.
%%
%% Debug options: trace (each event printed as it happens), log (the last
%% N events kept, for sys:log and the error report), install/remove (a
%% fun called with each event).  statistics and log_to_file are not there
%% (beamlet has no erlang:localtime/0 nor file:open/2).
-module(sys).
-export([suspend/1, suspend/2, resume/1, resume/2, get_state/1, get_state/2,
         replace_state/2, replace_state/3, get_status/1, get_status/2,
         change_code/4, change_code/5, terminate/2, terminate/3,
         trace/2, trace/3, log/2, log/3, install/2, install/3, remove/2, remove/3,
         no_debug/1, no_debug/2,
         handle_system_msg/6, handle_system_msg/7, handle_debug/4, get_log/1,
         print_log/1, debug_options/1]).

suspend(Name) -> send_system_msg(Name, suspend).
suspend(Name, Timeout) -> send_system_msg(Name, suspend, Timeout).

resume(Name) -> send_system_msg(Name, resume).
resume(Name, Timeout) -> send_system_msg(Name, resume, Timeout).

get_status(Name) -> send_system_msg(Name, get_status).
get_status(Name, Timeout) -> send_system_msg(Name, get_status, Timeout).

trace(Name, Flag) -> send_system_msg(Name, {debug, {trace, Flag}}).
trace(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {trace, Flag}}, Timeout).

log(Name, Flag) -> send_system_msg(Name, {debug, {log, Flag}}).
log(Name, Flag, Timeout) -> send_system_msg(Name, {debug, {log, Flag}}, Timeout).

install(Name, FuncSpec) -> send_system_msg(Name, {debug, {install, FuncSpec}}).
install(Name, FuncSpec, Timeout) -> send_system_msg(Name, {debug, {install, FuncSpec}}, Timeout).

remove(Name, FuncOrId) -> send_system_msg(Name, {debug, {remove, FuncOrId}}).
remove(Name, FuncOrId, Timeout) -> send_system_msg(Name, {debug, {remove, FuncOrId}}, Timeout).

no_debug(Name) -> send_system_msg(Name, {debug, no_debug}).
no_debug(Name, Timeout) -> send_system_msg(Name, {debug, no_debug}, Timeout).

%% get_state and replace_state raise what the process answers as an error.
get_state(Name) ->
    case send_system_msg(Name, get_state) of
        {error, Reason} -> erlang:error(Reason);
        State -> State
    end.
get_state(Name, Timeout) ->
    case send_system_msg(Name, get_state, Timeout) of
        {error, Reason} -> erlang:error(Reason);
        State -> State
    end.

replace_state(Name, StateFun) ->
    case send_system_msg(Name, {replace_state, StateFun}) of
        {error, Reason} -> erlang:error(Reason);
        State -> State
    end.
replace_state(Name, StateFun, Timeout) ->
    case send_system_msg(Name, {replace_state, StateFun}, Timeout) of
        {error, Reason} -> erlang:error(Reason);
        State -> State
    end.

change_code(Name, Mod, Vsn, Extra) ->
    send_system_msg(Name, {change_code, Mod, Vsn, Extra}).
change_code(Name, Mod, Vsn, Extra, Timeout) ->
    send_system_msg(Name, {change_code, Mod, Vsn, Extra}, Timeout).

terminate(Name, Reason) -> send_system_msg(Name, {terminate, Reason}).
terminate(Name, Reason, Timeout) -> send_system_msg(Name, {terminate, Reason}, Timeout).

send_system_msg(Name, Request) ->
    case catch gen:call(Name, system, Request) of
        {ok, Res} -> Res;
        {'EXIT', Reason} -> exit({Reason, mfa(Name, Request)})
    end.

send_system_msg(Name, Request, Timeout) ->
    case catch gen:call(Name, system, Request, Timeout) of
        {ok, Res} -> Res;
        {'EXIT', Reason} ->
            {M, F, A} = mfa(Name, Request),
            exit({Reason, {M, F, A ++ [Timeout]}})
    end.

%% The call as the caller wrote it, for the exit reason.
mfa(Name, {debug, {Func, Arg2}}) -> {sys, Func, [Name, Arg2]};
mfa(Name, {change_code, Mod, Vsn, Extra}) -> {sys, change_code, [Name, Mod, Vsn, Extra]};
mfa(Name, {terminate, Reason}) -> {sys, terminate, [Name, Reason]};
mfa(Name, Atom) -> {sys, Atom, [Name]}.

%% ---- in the process that receives the message -------------------------

handle_system_msg(Msg, From, Parent, Module, Debug, Misc) ->
    handle_system_msg(running, Msg, From, Parent, Module, Debug, Misc, false).

handle_system_msg(Msg, From, Parent, Module, Debug, Misc, Hib) ->
    handle_system_msg(running, Msg, From, Parent, Module, Debug, Misc, Hib).

handle_system_msg(SysState, Msg, From, Parent, Mod, Debug, Misc, Hib) ->
    case do_cmd(SysState, Msg, Parent, Mod, Debug, Misc) of
        {suspended, Reply, NDebug, NMisc} ->
            _ = gen:reply(From, Reply),
            suspend_loop(suspended, Parent, Mod, NDebug, NMisc, Hib);
        {running, Reply, NDebug, NMisc} ->
            _ = gen:reply(From, Reply),
            Mod:system_continue(Parent, NDebug, NMisc);
        {{terminating, Reason}, Reply, NDebug, NMisc} ->
            _ = gen:reply(From, Reply),
            Mod:system_terminate(Reason, Parent, NDebug, NMisc)
    end.

suspend_loop(SysState, Parent, Mod, Debug, Misc, Hib) ->
    receive
        {system, From, Msg} ->
            handle_system_msg(SysState, Msg, From, Parent, Mod, Debug, Misc, Hib);
        {'EXIT', Parent, Reason} ->
            Mod:system_terminate(Reason, Parent, Debug, Misc)
    end.

do_cmd(_, suspend, _Parent, _Mod, Debug, Misc) ->
    {suspended, ok, Debug, Misc};
do_cmd(_, resume, _Parent, _Mod, Debug, Misc) ->
    {running, ok, Debug, Misc};
do_cmd(SysState, get_state, _Parent, Mod, Debug, Misc) ->
    {SysState, do_get_state(Mod, Misc), Debug, Misc};
do_cmd(SysState, {replace_state, StateFun}, _Parent, Mod, Debug, Misc) ->
    {Res, NMisc} = do_replace_state(StateFun, Mod, Misc),
    {SysState, Res, Debug, NMisc};
do_cmd(SysState, get_status, Parent, Mod, Debug, Misc) ->
    {SysState, get_status(SysState, Parent, Mod, Debug, Misc), Debug, Misc};
do_cmd(SysState, {debug, What}, _Parent, _Mod, Debug, Misc) ->
    {Res, NDebug} = debug_cmd(What, Debug),
    {SysState, Res, NDebug, Misc};
do_cmd(_, {terminate, Reason}, _Parent, _Mod, Debug, Misc) ->
    {{terminating, Reason}, ok, Debug, Misc};
do_cmd(suspended, {change_code, Module, Vsn, Extra}, _Parent, Mod, Debug, Misc) ->
    {Res, NMisc} = do_change_code(Mod, Module, Vsn, Extra, Misc),
    {suspended, Res, Debug, NMisc};
do_cmd(SysState, Other, _Parent, _Mod, Debug, Misc) ->
    {SysState, {error, {unknown_system_msg, Other}}, Debug, Misc}.

do_get_state(Mod, Misc) ->
    case erlang:function_exported(Mod, system_get_state, 1) of
        true ->
            try
                {ok, State} = Mod:system_get_state(Misc),
                State
            catch
                Cl:Exc -> {error, {callback_failed, {Mod, system_get_state}, {Cl, Exc}}}
            end;
        false ->
            Misc
    end.

do_replace_state(StateFun, Mod, Misc) ->
    case erlang:function_exported(Mod, system_replace_state, 2) of
        true ->
            try
                {ok, State, NMisc} = Mod:system_replace_state(StateFun, Misc),
                {State, NMisc}
            catch
                Cl:Exc ->
                    {{error, {callback_failed, {Mod, system_replace_state}, {Cl, Exc}}}, Misc}
            end;
        false ->
            try
                NMisc = StateFun(Misc),
                {NMisc, NMisc}
            catch
                Cl:Exc -> {{error, {callback_failed, StateFun, {Cl, Exc}}}, Misc}
            end
    end.

get_status(SysState, Parent, Mod, Debug, Misc) ->
    PDict = get(),
    FmtMisc = case erlang:function_exported(Mod, format_status, 2) of
                  true -> Mod:format_status(normal, [PDict, SysState, Parent, Debug, Misc]);
                  _ -> Misc
              end,
    {status, self(), {module, Mod}, [PDict, SysState, Parent, Debug, FmtMisc]}.

%% A crash in the callback is an {error, {'EXIT', ...}} answer: the
%% process keeps its state and goes on.
do_change_code(Mod, Module, Vsn, Extra, Misc) ->
    case catch Mod:system_code_change(Misc, Module, Vsn, Extra) of
        {ok, NMisc} -> {ok, NMisc};
        Else -> {{error, Else}, Misc}
    end.

%% ---- debug -----------------------------------------------------------
%%
%% Debug is a list of {Item, Data}: {trace, true}, {log, {Max, Events}}
%% (newest first; an event is {Event, State, FormFunc}, FormFunc being the
%% behaviour's printer), {Func, FuncState} or {FuncId, {Func, FuncState}}.

debug_options(Options) ->
    lists:foldl(fun(trace, D) -> install_debug(trace, true, D);
                   (log, D) -> install_debug(log, {10, []}, D);
                   ({log, N}, D) when is_integer(N), N > 0 -> install_debug(log, {N, []}, D);
                   ({install, {Func, FuncState}}, D) -> install_debug(Func, FuncState, D);
                   ({install, {Id, Func, FuncState}}, D) -> install_debug(Id, {Func, FuncState}, D);
                   (_, D) -> D
                end, [], Options).

install_debug(Item, Data, Debug) ->
    case lists:keymember(Item, 1, Debug) of
        false -> [{Item, Data} | Debug];
        true -> Debug
    end.

debug_cmd({trace, true}, Debug) -> {ok, install_debug(trace, true, Debug)};
debug_cmd({trace, false}, Debug) -> {ok, lists:keydelete(trace, 1, Debug)};
debug_cmd({log, true}, Debug) ->
    {ok, install_debug(log, {10, []}, Debug)};
%% as OTP's: a log that is already on keeps its size
debug_cmd({log, {true, N}}, Debug) when is_integer(N), N >= 1 ->
    {ok, install_debug(log, {N, []}, Debug)};
debug_cmd({log, false}, Debug) -> {ok, lists:keydelete(log, 1, Debug)};
debug_cmd({log, print}, Debug) -> print_log(Debug), {ok, Debug};
debug_cmd({log, get}, Debug) -> {{ok, get_log(Debug)}, Debug};
debug_cmd(no_debug, _Debug) -> {ok, []};
debug_cmd({install, {Func, FuncState}}, Debug) -> {ok, install_debug(Func, FuncState, Debug)};
debug_cmd({install, {Id, Func, FuncState}}, Debug) -> {ok, install_debug(Id, {Func, FuncState}, Debug)};
debug_cmd({remove, FuncOrId}, Debug) -> {ok, lists:keydelete(FuncOrId, 1, Debug)};
debug_cmd(_Unknown, Debug) -> {unknown_debug, Debug}.

log_of(Debug) ->
    case lists:keyfind(log, 1, Debug) of
        {log, Log} -> Log;
        false -> {10, []}
    end.

%% One event through every debug item, in order.
handle_debug([{trace, true} = Item | T], FormFunc, State, Event) ->
    FormFunc(standard_io, Event, State),
    [Item | handle_debug(T, FormFunc, State, Event)];
handle_debug([{log, {N, Events}} | T], FormFunc, State, Event) ->
    [{log, {N, lists:sublist([{Event, State, FormFunc} | Events], N)}}
     | handle_debug(T, FormFunc, State, Event)];
handle_debug([{Id, {Func, FuncState}} | T], FormFunc, State, Event) when not is_function(Id) ->
    case call_debug_fun(Func, FuncState, Event, State) of
        done -> handle_debug(T, FormFunc, State, Event);
        {ok, New} -> [{Id, {Func, New}} | handle_debug(T, FormFunc, State, Event)]
    end;
handle_debug([{Func, FuncState} | T], FormFunc, State, Event) ->
    case call_debug_fun(Func, FuncState, Event, State) of
        done -> handle_debug(T, FormFunc, State, Event);
        {ok, New} -> [{Func, New} | handle_debug(T, FormFunc, State, Event)]
    end;
handle_debug([], _FormFunc, _State, _Event) ->
    [].

%% An installed fun answers done to be removed, or its new state; a fun
%% that crashes is removed.
call_debug_fun(Func, FuncState, Event, State) ->
    try Func(FuncState, Event, State) of
        done -> done;
        New -> {ok, New}
    catch
        throw:done -> done;
        throw:New -> {ok, New};
        _:_ -> done
    end.

%% The logged events, oldest first.
get_log(Debug) ->
    {_, Events} = log_of(Debug),
    [Event || {Event, _State, _FormFunc} <- lists:reverse(Events)].

print_log(Debug) ->
    {_, Events} = log_of(Debug),
    lists:foreach(fun({Event, State, FormFunc}) -> FormFunc(standard_io, Event, State) end,
                  lists:reverse(Events)).

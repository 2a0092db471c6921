%% gen: what the generic behaviours share: starting a named process
%% through proc_lib and waiting for its init, the synchronous call (a
%% monitor on the server, a tagged reply), reply and stop.  gen_server
%% and sys are built on it, as in OTP.
%%
%% Names: {local, _} in the VM's registry; {global, _} and {via, _, _} go
%% to the global module (stdlib/global.erl, one node) or the given one, as
%% OTP does.
-module(gen).
-export([start/5, start/6, init_it/6, init_it/7, call/3, call/4, reply/2,
         stop/1, stop/3, name/1, unregister_name/1, get_proc_name/1,
         get_parent/0, debug_options/2, hibernate_after/1,
         format_status_header/2, format_status/4]).

%% ---- start ------------------------------------------------------------

start(GenMod, LinkP, Name, Mod, Args, Options) ->
    case where(Name) of
        undefined -> do_spawn(GenMod, LinkP, Name, Mod, Args, Options);
        Pid -> {error, {already_started, Pid}}
    end.

start(GenMod, LinkP, Mod, Args, Options) ->
    do_spawn(GenMod, LinkP, Mod, Args, Options).

do_spawn(GenMod, link, Mod, Args, Options) ->
    proc_lib:start_link(gen, init_it, [GenMod, self(), self(), Mod, Args, Options],
                        timeout(Options), spawn_opts(Options));
do_spawn(GenMod, monitor, Mod, Args, Options) ->
    monitor_return(proc_lib:start_monitor(gen, init_it, [GenMod, self(), self(), Mod, Args, Options],
                                          timeout(Options)));
do_spawn(GenMod, _, Mod, Args, Options) ->
    proc_lib:start(gen, init_it, [GenMod, self(), self, Mod, Args, Options],
                   timeout(Options), spawn_opts(Options)).

do_spawn(GenMod, link, Name, Mod, Args, Options) ->
    proc_lib:start_link(gen, init_it, [GenMod, self(), self(), Name, Mod, Args, Options],
                        timeout(Options), spawn_opts(Options));
do_spawn(GenMod, monitor, Name, Mod, Args, Options) ->
    monitor_return(proc_lib:start_monitor(gen, init_it, [GenMod, self(), self(), Name, Mod, Args, Options],
                                          timeout(Options)));
do_spawn(GenMod, _, Name, Mod, Args, Options) ->
    proc_lib:start(gen, init_it, [GenMod, self(), self, Name, Mod, Args, Options],
                   timeout(Options), spawn_opts(Options)).

monitor_return({{ok, Pid}, Mon}) when is_pid(Pid), is_reference(Mon) ->
    {ok, {Pid, Mon}};
monitor_return({Error, Mon}) when is_reference(Mon) ->
    receive
        {'DOWN', Mon, process, _, _} -> ok
    end,
    Error.

init_it(GenMod, Starter, Parent, Mod, Args, Options) ->
    init_it2(GenMod, Starter, Parent, self(), Mod, Args, Options).

init_it(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    case register_name(Name) of
        true -> init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options);
        {false, Pid} -> proc_lib:init_ack(Starter, {error, {already_started, Pid}})
    end.

init_it2(GenMod, Starter, Parent, Name, Mod, Args, Options) ->
    GenMod:init_it(Starter, Parent, Name, Mod, Args, Options).

timeout(Options) ->
    case lists:keyfind(timeout, 1, Options) of
        {_, Time} -> Time;
        false -> infinity
    end.

spawn_opts(Options) ->
    case lists:keyfind(spawn_opt, 1, Options) of
        {_, Opts} -> Opts;
        false -> []
    end.

hibernate_after(Options) ->
    case lists:keyfind(hibernate_after, 1, Options) of
        {_, T} -> T;
        false -> infinity
    end.

%% The {debug, Options} start option: sys's debug items (trace, log, ...).
debug_options(Name, Opts) ->
    case lists:keyfind(debug, 1, Opts) of
        {_, Options} ->
            try
                sys:debug_options(Options)
            catch
                _:_ ->
                    error_logger:format("~tp: ignoring erroneous debug options - ~tp~n", [Name, Options]),
                    []
            end;
        false -> []
    end.

%% ---- names ------------------------------------------------------------

where({global, Name}) -> global:whereis_name(Name);
where({via, Module, Name}) -> Module:whereis_name(Name);
where({local, Name}) -> whereis(Name).

register_name({local, Name} = LN) ->
    try register(Name, self()) of
        true -> true
    catch
        error:_ -> {false, where(LN)}
    end;
register_name({global, Name} = GN) ->
    case global:register_name(Name, self()) of
        yes -> true;
        no -> {false, where(GN)}
    end;
register_name({via, Module, Name} = GN) ->
    case Module:register_name(Name, self()) of
        yes -> true;
        no -> {false, where(GN)}
    end.

name({local, Name}) -> Name;
name({global, Name}) -> Name;
name({via, _, Name}) -> Name;
name(Pid) when is_pid(Pid) -> Pid.

unregister_name({local, Name}) ->
    try unregister(Name) of
        _ -> ok
    catch
        _:_ -> ok
    end;
unregister_name({global, Name}) ->
    _ = global:unregister_name(Name),
    ok;
unregister_name({via, Mod, Name}) ->
    _ = Mod:unregister_name(Name),
    ok;
unregister_name(Pid) when is_pid(Pid) ->
    ok.

get_proc_name(Pid) when is_pid(Pid) ->
    Pid;
get_proc_name({local, Name}) ->
    case process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> exit(process_not_registered)
    end.

get_parent() ->
    case get('$ancestors') of
        [Parent | _] when is_pid(Parent) -> Parent;
        [Parent | _] when is_atom(Parent) ->
            case whereis(Parent) of
                undefined -> exit(could_not_find_registered_name);
                Pid -> Pid
            end;
        _ -> exit(process_was_not_started_by_proc_lib)
    end.

%% ---- call -------------------------------------------------------------
%%
%% The request is {Label, {self(), Tag}, Request}; the server answers
%% {Tag, Reply}.  A monitor on the server tells a dead or vanishing server
%% from a slow one.
%%
%% With a timeout, the monitor is also an alias (erlang:monitor/3,
%% {alias, demonitor}) and the tag [alias | Mref]; the server replies
%% through the alias: once the caller gives up (demonitor), the alias is
%% gone and a late reply is dropped, as in OTP 25.

call(Process, Label, Request) ->
    call(Process, Label, Request, 5000).

call(Process, Label, Request, Timeout)
  when is_pid(Process), Timeout =:= infinity orelse is_integer(Timeout) andalso Timeout >= 0 ->
    do_call(Process, Label, Request, Timeout);
call(Process, Label, Request, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    do_for_proc(Process, fun(Pid) -> do_call(Pid, Label, Request, Timeout) end).

do_call(Process, _Label, _Request, _Timeout) when Process =:= self() ->
    exit(calling_self);
do_call(Process, Label, Request, infinity) ->
    Mref = erlang:monitor(process, Process),
    Process ! {Label, {self(), Mref}, Request},
    receive
        {Mref, Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    end;
do_call(Process, Label, Request, Timeout) ->
    Mref = erlang:monitor(process, Process, [{alias, demonitor}]),
    Tag = [alias | Mref],
    Process ! {Label, {self(), Tag}, Request},
    receive
        {[alias | Mref], Reply} ->
            erlang:demonitor(Mref, [flush]),
            {ok, Reply};
        {'DOWN', Mref, _, _, Reason} ->
            exit(Reason)
    after Timeout ->
        erlang:demonitor(Mref, [flush]),
        receive
            {[alias | Mref], Reply} -> {ok, Reply}
        after 0 -> exit(timeout)
        end
    end.

do_for_proc(Pid, Fun) when is_pid(Pid) ->
    Fun(Pid);
do_for_proc(Name, Fun) when is_atom(Name) ->
    case whereis(Name) of
        Pid when is_pid(Pid) -> Fun(Pid);
        undefined -> exit(noproc)
    end;
do_for_proc(Process, Fun)
  when tuple_size(Process) == 2, element(1, Process) == global;
       tuple_size(Process) == 3, element(1, Process) == via ->
    case where(Process) of
        Pid when is_pid(Pid) -> Fun(Pid);
        undefined -> exit(noproc)
    end;
do_for_proc({Name, Node}, Fun) when Node =:= node() ->
    do_for_proc(Name, Fun);
do_for_proc({_Name, Node}, _Fun) when is_atom(Node) ->
    exit({nodedown, Node}).

reply({_To, [alias | Alias] = Tag}, Reply) ->
    Alias ! {Tag, Reply},
    ok;
reply({To, Tag}, Reply) ->
    try
        To ! {Tag, Reply},
        ok
    catch
        _:_ -> ok
    end.

%% ---- stop -------------------------------------------------------------

stop(Process) ->
    stop(Process, normal, infinity).

stop(Process, Reason, Timeout)
  when Timeout =:= infinity; is_integer(Timeout), Timeout >= 0 ->
    do_for_proc(Process, fun(Pid) -> proc_lib:stop(Pid, Reason, Timeout) end).

%% ---- status -----------------------------------------------------------

format_status_header(TagLine, Pid) when is_pid(Pid) ->
    lists:concat([TagLine, " ", pid_to_list(Pid)]);
format_status_header(TagLine, RegName) when is_atom(RegName) ->
    lists:concat([TagLine, " ", RegName]);
format_status_header(TagLine, Name) ->
    {TagLine, Name}.

%% The callback module's format_status/1 (OTP 25) or /2 (older), if it has
%% one, shapes what reports and get_status show of the state.
format_status(Mod, Opt, Status, Args) ->
    case {erlang:function_exported(Mod, format_status, 1),
          erlang:function_exported(Mod, format_status, 2)} of
        {true, _} ->
            try Mod:format_status(Status) of
                NewStatus when is_map(NewStatus) ->
                    Merged = maps:merge(Status, NewStatus),
                    case maps:size(Merged) =:= maps:size(NewStatus) of
                        true -> Merged;
                        false ->
                            Status#{'EXIT' => atom_to_list(Mod) ++
                                        ":format_status/1 returned a map with unknown keys"}
                    end;
                _ ->
                    Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 did not return a map"}
            catch
                _:_ -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/1 crashed"}
            end;
        {false, true} when is_list(Args) ->
            try Mod:format_status(Opt, Args) of
                Result -> Status#{'$status' => Result}
            catch
                throw:Result -> Status#{'$status' => Result};
                _:_ -> Status#{'EXIT' => atom_to_list(Mod) ++ ":format_status/2 crashed"}
            end;
        {false, _} ->
            Status
    end.

%% proc_lib: processes that know where they come from, and say so when they
%% crash.  Every process it starts runs init_p/3,5 first, which records
%% '$ancestors' and '$initial_call' in the dictionary and catches whatever
%% ends the process abnormally: the crash report (=CRASH REPORT==== as OTP
%% 25's logger prints it) is written before the process exits with OTP's
%% reason ({Reason, Stack} for an error, {{nocatch, T}, Stack} for a throw).
%% The exit is re-raised with class exit, so the VM's own "Error in process"
%% report is not printed on top of the crash report, as in OTP.
%%
%% start/start_link wait for the child's init_ack/1,2; gen.erl builds the
%% behaviours' start on them.
-module(proc_lib).
-export([spawn/1, spawn/3, spawn_link/1, spawn_link/3,
         spawn/2, spawn/4, spawn_link/2, spawn_link/4,
         spawn_opt/2, spawn_opt/4,
         start/3, start/4, start/5, start_link/3, start_link/4, start_link/5,
         start_monitor/3, start_monitor/4,
         init_ack/1, init_ack/2, init_p/3, init_p/5, wake_up/3,
         hibernate/3, initial_call/1, translate_initial_call/1,
         format/1, format/2, format/3, report_cb/2, stop/1, stop/3]).

%% ---- spawning ---------------------------------------------------------

spawn(F) when is_function(F) ->
    erlang:spawn(proc_lib, init_p, [my_name(), ancestors(), F]).

spawn(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn(proc_lib, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(F) when is_function(F) ->
    erlang:spawn_link(proc_lib, init_p, [my_name(), ancestors(), F]).

spawn_link(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    erlang:spawn_link(proc_lib, init_p, [my_name(), ancestors(), M, F, A]).

%% One node: the node argument must be this one.
spawn(Node, F) when Node =:= node() -> proc_lib:spawn(F).
spawn(Node, M, F, A) when Node =:= node() -> proc_lib:spawn(M, F, A).
spawn_link(Node, F) when Node =:= node() -> proc_lib:spawn_link(F).
spawn_link(Node, M, F, A) when Node =:= node() -> proc_lib:spawn_link(M, F, A).

%% Only the link and monitor options mean something to beamlet; priority,
%% heap sizes and the like are accepted and ignored.
spawn_opt(F, Opts) when is_function(F) ->
    spawn_with(proc_lib, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(M, F, A, Opts) when is_atom(M), is_atom(F), is_list(A) ->
    spawn_with(proc_lib, init_p, [my_name(), ancestors(), M, F, A], Opts).

spawn_with(M, F, A, Opts) ->
    case {lists:member(link, Opts), lists:member(monitor, Opts)} of
        {true, true} ->
            Pid = erlang:spawn_link(M, F, A),
            {Pid, erlang:monitor(process, Pid)};
        {true, false} -> erlang:spawn_link(M, F, A);
        {false, true} -> erlang:spawn_monitor(M, F, A);
        {false, false} -> erlang:spawn(M, F, A)
    end.

%% The process's registered name if it has one, else its pid: what the
%% children put first in their '$ancestors'.
my_name() ->
    case process_info(self(), registered_name) of
        {registered_name, Name} -> Name;
        _ -> self()
    end.

ancestors() ->
    case get('$ancestors') of
        A when is_list(A) -> A;
        _ -> []
    end.

%% ---- the first function of every proc_lib process ----------------------

init_p(Parent, Ancestors, Fun) when is_function(Fun) ->
    put('$ancestors', [Parent | Ancestors]),
    {module, M} = erlang:fun_info(Fun, module),
    {name, N} = erlang:fun_info(Fun, name),
    {arity, A} = erlang:fun_info(Fun, arity),
    put('$initial_call', {M, N, A}),
    try
        Fun()
    catch
        Class:Reason:Stack -> exit_p(Class, Reason, Stack)
    end.

init_p(Parent, Ancestors, M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', trans_init(M, F, A)),
    init_p_do_apply(M, F, A).

%% Kept as its own function (and name) so that crash stacks end in the
%% same frame as OTP's.
init_p_do_apply(M, F, A) ->
    try
        apply(M, F, A)
    catch
        Class:Reason:Stack -> exit_p(Class, Reason, Stack)
    end.

%% beamlet does not hibernate: the process simply goes on with M:F(A...).
hibernate(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    apply(M, F, A).

wake_up(M, F, A) when is_atom(M), is_atom(F), is_list(A) ->
    try
        apply(M, F, A)
    catch
        Class:Reason:Stack -> exit_p(Class, Reason, Stack)
    end.

exit_p(Class, Reason, Stack) ->
    StartF = case get('$initial_call') of
                 {M, F, A} when is_atom(M), is_atom(F), is_integer(A) ->
                     {M, F, dummy_args(A)};
                 _ -> []
             end,
    crash_report(Class, Reason, StartF, Stack),
    erlang:raise(exit, exit_reason(Class, Reason, Stack), Stack).

exit_reason(error, Reason, Stack) -> {Reason, Stack};
exit_reason(exit, Reason, _) -> Reason;
exit_reason(throw, Reason, Stack) -> {{nocatch, Reason}, Stack}.

%% The initial call a behaviour's process shows: its callback module's
%% init/1 rather than gen:init_it.
trans_init(gen, init_it, [gen_server, _, _, supervisor, {_, Module, _}, _]) ->
    {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, _, supervisor, {_, Module, _}, _]) ->
    {supervisor, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, supervisor_bridge, [Module | _], _]) ->
    {supervisor_bridge, Module, 1};
trans_init(gen, init_it, [gen_server, _, _, _, supervisor_bridge, [Module | _], _]) ->
    {supervisor_bridge, Module, 1};
trans_init(gen, init_it, [gen_event | _]) ->
    {gen_event, init_it, 6};
trans_init(gen, init_it, [_GenMod, _, _, Module, _, _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(gen, init_it, [_GenMod, _, _, _, Module | _]) when is_atom(Module) ->
    {Module, init, 1};
trans_init(M, F, A) when is_atom(M), is_atom(F) ->
    {M, F, length(A)}.

%% ---- synchronous start ------------------------------------------------

start(M, F, A) -> start(M, F, A, infinity).

start(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    sync_start(erlang:spawn_monitor(proc_lib, init_p, [my_name(), ancestors(), M, F, A]), Timeout).

start(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    no_monitor_opt([M, F, A, Timeout, SpawnOpts]),
    sync_start(spawn_opt(M, F, A, [monitor | SpawnOpts]), Timeout).

sync_start({Pid, Ref}, Timeout) ->
    receive
        {ack, Pid, Return} ->
            erlang:demonitor(Ref, [flush]),
            Return;
        {'DOWN', Ref, process, Pid, Reason} ->
            {error, Reason}
    after Timeout ->
        erlang:demonitor(Ref, [flush]),
        kill_flush(Pid),
        {error, timeout}
    end.

start_link(M, F, A) -> start_link(M, F, A, infinity).

start_link(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    sync_start_link(proc_lib:spawn_link(M, F, A), Timeout).

start_link(M, F, A, Timeout, SpawnOpts) when is_atom(M), is_atom(F), is_list(A) ->
    no_monitor_opt([M, F, A, Timeout, SpawnOpts]),
    sync_start_link(spawn_opt(M, F, A, [link | SpawnOpts]), Timeout).

%% A child that dies before it acks takes a parent that does not trap
%% exits with it (the link); a trapping parent gets {error, Reason}.
sync_start_link(Pid, Timeout) ->
    receive
        {ack, Pid, Return} -> Return;
        {'EXIT', Pid, Reason} -> {error, Reason}
    after Timeout ->
        kill_flush(Pid),
        {error, timeout}
    end.

start_monitor(M, F, A) -> start_monitor(M, F, A, infinity).

start_monitor(M, F, A, Timeout) when is_atom(M), is_atom(F), is_list(A) ->
    {Pid, Ref} = erlang:spawn_monitor(proc_lib, init_p, [my_name(), ancestors(), M, F, A]),
    receive
        {ack, Pid, Return} -> {Return, Ref};
        {'DOWN', Ref, process, Pid, Reason} = Down ->
            self() ! Down,
            {{error, Reason}, Ref}
    after Timeout ->
        kill_flush(Pid),
        {{error, timeout}, Ref}
    end.

no_monitor_opt(Args) ->
    Opts = lists:last(Args),
    case lists:member(monitor, Opts) orelse lists:keymember(monitor, 1, Opts) of
        true -> erlang:error(badarg, Args);
        false -> ok
    end.

kill_flush(Pid) ->
    unlink(Pid),
    exit(Pid, kill),
    receive
        {'EXIT', Pid, _} -> ok
    after 0 -> ok
    end,
    ok.

init_ack(Parent, Return) ->
    Parent ! {ack, self(), Return},
    ok.

init_ack(Return) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Return).

%% ---- stop: through the system-message protocol (sys:terminate) ----------

stop(Process) -> stop(Process, normal, infinity).

stop(Process, Reason, Timeout) ->
    Mref = erlang:monitor(process, Process),
    T0 = erlang:monotonic_time(millisecond),
    Remaining =
        try sys:terminate(Process, Reason, Timeout) of
            ok when Timeout =:= infinity -> infinity;
            ok -> max(0, Timeout - (erlang:monotonic_time(millisecond) - T0))
        catch
            exit:{noproc, {sys, terminate, _}} ->
                erlang:demonitor(Mref, [flush]),
                exit(noproc);
            exit:{timeout, {sys, terminate, _}} ->
                erlang:demonitor(Mref, [flush]),
                exit(timeout);
            exit:Reason1 ->
                erlang:demonitor(Mref, [flush]),
                exit(Reason1)
        end,
    receive
        {'DOWN', Mref, _, _, Reason} -> ok;
        {'DOWN', Mref, _, _, Reason2} -> exit(Reason2)
    after Remaining ->
        erlang:demonitor(Mref, [flush]),
        exit(timeout)
    end.

%% ---- initial calls ----------------------------------------------------

initial_call(DictOrPid) ->
    case raw_initial_call(DictOrPid) of
        {M, F, A} -> {M, F, dummy_args(A)};
        false -> false
    end.

translate_initial_call(DictOrPid) ->
    case raw_initial_call(DictOrPid) of
        {_, _, _} = MFA -> MFA;
        false -> {proc_lib, init_p, 5}
    end.

raw_initial_call(Pid) when is_pid(Pid) ->
    case process_info(Pid, dictionary) of
        {dictionary, Dict} -> dict_initial_call(Dict);
        _ -> false
    end;
raw_initial_call(ProcInfo) when is_list(ProcInfo) ->
    case lists:keyfind(dictionary, 1, ProcInfo) of
        {dictionary, Dict} -> dict_initial_call(Dict);
        _ -> false
    end.

dict_initial_call(Dict) ->
    case lists:keyfind('$initial_call', 1, Dict) of
        {_, {_, _, _} = MFA} -> MFA;
        _ -> false
    end.

%% ['Argument__1', ..., 'Argument__N']
dummy_args(N) ->
    [list_to_atom("Argument__" ++ integer_to_list(I)) || I <- lists:seq(1, N)].

%% ---- the crash report -------------------------------------------------

crash_report(exit, normal, _, _) -> ok;
crash_report(exit, shutdown, _, _) -> ok;
crash_report(exit, {shutdown, _}, _, _) -> ok;
crash_report(Class, Reason, StartF, Stack) ->
    Report = [my_info(Class, Reason, StartF, Stack), linked_info(self())],
    logger:report(error, "CRASH REPORT", format(Report, utf8)).

my_info(Class, Reason, [], Stack) ->
    my_info_1(Class, Reason, Stack);
my_info(Class, Reason, StartF, Stack) ->
    [{initial_call, StartF} | my_info_1(Class, Reason, Stack)].

my_info_1(Class, Reason, Stack) ->
    Self = self(),
    [{pid, Self},
     info(Self, registered_name),
     {error_info, {Class, Reason, Stack}},
     {ancestors, ancestors()},
     info(Self, message_queue_len),
     info(Self, messages),
     info(Self, links),
     {dictionary, cleaned_dictionary(Self)},
     info(Self, trap_exit),
     info(Self, status),
     info(Self, heap_size),
     info(Self, stack_size),
     info(Self, reductions)].

%% process_info(Pid, Item) as the report shows it: undefined for a process
%% that is gone, {registered_name, []} for one without a name.
info(Pid, Item) ->
    case catch process_info(Pid, Item) of
        [] -> {Item, []};
        {'EXIT', _} -> undefined;
        Result -> Result
    end.

cleaned_dictionary(Pid) ->
    case info(Pid, dictionary) of
        {dictionary, Dict} ->
            [E || {K, _} = E <- Dict, K =/= '$ancestors', K =/= '$initial_call'];
        _ -> []
    end.

dict_value(Pid, Key) ->
    case info(Pid, dictionary) of
        {dictionary, Dict} -> lists:keyfind(Key, 1, Dict);
        _ -> false
    end.

%% The neighbours: the processes linked to this one that do not trap
%% exits, and theirs, breadth first, at most 15.
linked_info(Pid) ->
    [{neighbour, R} || P <- neighbours(Pid),
                       R <- [neighbour_report(P)],
                       not lists:member(undefined, R)].

neighbour_report(Pid) ->
    [{pid, Pid},
     info(Pid, registered_name),
     case dict_value(Pid, '$initial_call') of
         {_, {M, F, A}} -> {initial_call, {M, F, dummy_args(A)}};
         _ -> info(Pid, initial_call)
     end,
     info(Pid, current_function),
     case dict_value(Pid, '$ancestors') of
         {_, As} -> {ancestors, As};
         _ -> {ancestors, []}
     end,
     info(Pid, message_queue_len),
     info(Pid, links),
     info(Pid, trap_exit),
     info(Pid, status),
     info(Pid, heap_size),
     info(Pid, stack_size),
     info(Pid, reductions),
     current_stacktrace(Pid)].

%% beamlet's process_info has no current_stacktrace: an empty one.
current_stacktrace(Pid) ->
    case catch process_info(Pid, current_stacktrace) of
        {current_stacktrace, _} = S -> S;
        _ -> {current_stacktrace, []}
    end.

neighbours(Pid) ->
    {_, Visited} = visit(adjacents(Pid), {15, [Pid]}),
    lists:delete(Pid, Visited).

visit([P | Ps], {N, Vs} = NVs) when N > 0 ->
    case lists:member(P, Vs) of
        false -> visit(adjacents(P), visit(Ps, {N - 1, [P | Vs]}));
        true -> visit(Ps, NVs)
    end;
visit(_, NVs) ->
    NVs.

adjacents(Pid) ->
    case info(Pid, links) of
        {links, Links} -> [P || P <- Links, is_pid(P), info(P, trap_exit) =:= {trap_exit, false}];
        _ -> []
    end.

%% ---- formatting (proc_lib:format/1,2,3 and the logger's report_cb) -----

report_cb(#{label := {proc_lib, crash}, report := Report}, Extra) ->
    Depth = maps:get(depth, Extra, unlimited),
    do_format(Report, maps:get(encoding, Extra, utf8), Depth).

format(Report) -> format(Report, latin1).
format(Report, Encoding) -> format(Report, Encoding, unlimited).
format(Report, Encoding, Depth) -> do_format(Report, Encoding, Depth).

do_format([Own, Links], Enc, Depth) ->
    P = p(Enc, Depth),
    OwnText = format_own(Own, Enc, Depth, P),
    LinkText = ["  neighbours:\n",
                lists:join("\n", [["    neighbour:\n", format_report(Rep, "      ", Depth, P)]
                                  || {neighbour, Rep} <- Links])],
    lists:flatten(["  crasher:\n", OwnText, "\n", LinkText]).

format_own(Own, Enc, Depth, P) ->
    case lists:splitwith(fun(T) -> element(1, T) =/= error_info end, Own) of
        {First, [{error_info, {Class, Reason, Stack}} | Rest]} ->
            lists:join("\n", [format_report(First, "    ", Depth, P),
                              format_exception(Class, Reason, Stack, Enc),
                              format_report(Rest, "    ", Depth, P)]);
        _ ->
            format_report(Own, "    ", Depth, P)
    end.

format_report(Rep, Indent, Depth, P) ->
    lists:join("\n", [format_item(Item, Indent, Depth, P) || Item <- Rep]).

format_item({initial_call, {M, F, Args}}, Indent, _, _) when is_list(Args) ->
    io_lib:format("~sinitial call: ~tw:~tw/~w", [Indent, M, F, length(Args)]);
format_item({Tag, Data}, Indent, Depth, P) ->
    io_lib:format("~s~tp: ~.18" ++ P, [Indent, Tag, Data | depth_arg(Depth)]);
format_item(Other, Indent, Depth, P) ->
    io_lib:format("~s~" ++ P, [Indent, Other | depth_arg(Depth)]).

p(latin1, unlimited) -> "p";
p(latin1, _) -> "P";
p(_, unlimited) -> "tp";
p(_, _) -> "tP".

depth_arg(unlimited) -> [];
depth_arg(D) -> [D].

%% "    exception Class: ..." and its stack as erl_error lays it out at
%% column 5, with no depth or line limit, without the trailing frames of
%% proc_lib and erl_eval.
format_exception(Class, Reason, Stack, Enc) ->
    Text = beamlet:format_exception(Class, Reason, Stack,
                                    [{column, 5}, {prefix, "    "}, {depth, -1}, {line_max_chars, -1},
                                     {line_length, 80}, {trim, [proc_lib, erl_eval]},
                                     {encoding, encoding(Enc)}]),
    string:trim(Text, trailing, "\n").

encoding(latin1) -> latin1;
encoding(_) -> unicode.


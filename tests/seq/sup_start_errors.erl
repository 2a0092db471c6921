%% supervisor:start_link when init/1 gives bad flags, bad child specs, a
%% bad return or ignore, and when a child fails to start (the children
%% started before it are stopped again); check_childspecs/1,2 on good and
%% bad specs. The failed starts are reported as OTP does (the supervisor's
%% start_error report and the crash report of the supervisor process).
-module(sup_start_errors).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/2, worker/1]).

init(Ret) -> Ret.

%% the worker traps exits before the start returns (as proc_lib:start_link
%% would make sure), so it sees the supervisor's shutdown
start_worker(Id, ok) ->
    Pid = spawn_link(?MODULE, worker, [{Id, self()}]),
    receive {trapping, Pid} -> {ok, Pid} end;
start_worker(_Id, Error) ->
    Error.

worker({Id, Parent}) ->
    process_flag(trap_exit, true),
    Parent ! {trapping, self()},
    receive
        {'EXIT', _, Reason} ->
            io:format("~p stopped: ~p~n", [Id, Reason]),
            exit(Reason)
    end.

spec(Id, How) -> #{id => Id, start => {?MODULE, start_worker, [Id, How]}}.

%% A supervisor that does not start exits (after its crash report, if
%% any): waiting for that exit keeps the reports in order.
start(What, InitRet) ->
    case supervisor:start_link(?MODULE, InitRet) of
        {ok, Pid} ->
            io:format("~s: ok, ~p~n", [What, supervisor:which_children(Pid)]),
            unlink(Pid),
            exit(Pid, kill);
        R ->
            receive
                {'EXIT', _, Reason} -> io:format("~s: ~p~n  exit: ~p~n", [What, R, Reason])
            after 5000 -> io:format("~s: ~p~n  no exit~n", [What, R])
            end
    end.

main(_) ->
    process_flag(trap_exit, true),
    start("ignore", ignore),
    start("bad return", {ok, what}),
    start("bad strategy", {ok, {{one_for_some, 1, 5}, []}}),
    start("bad intensity", {ok, {#{intensity => -1}, []}}),
    start("bad period", {ok, {#{period => 0}, []}}),
    start("bad flags", {ok, {flags, []}}),
    start("bad spec", {ok, {#{}, [spec(a, ok), #{id => b, start => nope}]}}),
    start("duplicate id", {ok, {#{}, [spec(a, ok), spec(a, ok)]}}),
    %% a, b start; c fails: b and a are stopped, most recent first
    start("child returns error",
          {ok, {#{}, [spec(a, ok), spec(b, ok), spec(c, {error, broken}), spec(d, ok)]}}),
    start("child returns junk", {ok, {#{}, [spec(a, ok), spec(c, junk)]}}),
    start("temporary child ignored",
          {ok, {#{}, [(spec(t, ignore))#{restart => temporary}]}}),

    io:format("check_childspecs: ~p~n",
              [supervisor:check_childspecs([spec(a, ok),
                                            {b, {m, f, []}, transient, infinity,
                                             supervisor, dynamic}])]),
    Bad = [[#{id => a}],
           [#{start => {m, f, []}}],
           [#{id => a, start => {m, f}}],
           [#{id => a, start => {m, f, []}, restart => sometimes}],
           [#{id => a, start => {m, f, []}, type => boss}],
           [#{id => a, start => {m, f, []}, shutdown => soon}],
           [#{id => a, start => {m, f, []}, modules => m}],
           [#{id => a, start => {m, f, []}, modules => [m, "n"]}],
           [#{id => a, start => {m, f, []}, significant => maybe}],
           [#{id => a, start => {m, f, []}, significant => true}],
           [{a, {m, f, []}, permanent, 10, worker}],
           [spec(a, ok), spec(a, ok)],
           not_a_list],
    [io:format("~p~n", [supervisor:check_childspecs(S)]) || S <- Bad],
    io:format("~p~n", [supervisor:check_childspecs(
                         [#{id => a, start => {m, f, []}, restart => transient,
                            significant => true}], never)]),
    io:format("~p~n", [supervisor:check_childspecs(
                         [#{id => a, start => {m, f, []}, restart => transient,
                            significant => true}], any_significant)]).

%% supervisor restart intensity: more than `intensity` restarts within
%% `period` seconds stop the supervisor with reason shutdown, after it has
%% stopped its other children; OTP's reports (child_terminated, then
%% shutdown / reached_max_restart_intensity) are in sup_intensity.err.
%% Also intensity 0, and a child supervisor giving up under a parent that
%% restarts it.
-module(sup_intensity).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/1, worker/1]).

init({top, Flags}) ->
    {ok, {Flags, [#{id => inner, start => {supervisor, start_link,
                                           [?MODULE, {inner, #{intensity => 0}}]},
                    type => supervisor}]}};
init({_, Flags}) ->
    {ok, {Flags, [#{id => one, start => {?MODULE, start_worker, [one]}},
                  #{id => two, start => {?MODULE, start_worker, [two]},
                    shutdown => brutal_kill}]}}.

start_worker(Id) ->
    Pid = spawn_link(?MODULE, worker, [Id]),
    tester ! {started, Id, Pid},
    {ok, Pid}.

worker(_Id) ->
    receive
        {exit, Reason} -> exit(Reason)
    end.

started(Id) ->
    receive {started, Id, Pid} -> Pid
    after 5000 -> exit({timeout, started, Id})
    end.

main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    %% at most 2 restarts in 60 seconds: the third end is one too many
    {ok, Sup} = supervisor:start_link({local, limited}, ?MODULE,
                                      {limited, {one_for_one, 2, 60}}),
    One = started(one),
    Two = started(two),
    Ref2 = monitor(process, Two),
    One ! {exit, first},
    One2 = started(one),
    One2 ! {exit, second},
    One3 = started(one),
    io:format("restarted twice: ~p~n", [is_process_alive(One3)]),
    One3 ! {exit, third},
    receive {'EXIT', Sup, R} -> io:format("supervisor exit: ~p~n", [R]) end,
    receive {'DOWN', Ref2, process, Two, R2} -> io:format("two: ~p~n", [R2]) end,
    io:format("registered: ~p~n", [whereis(limited)]),
    receive {started, _, _} = M -> io:format("unexpected ~p~n", [M]) after 0 -> ok end,

    %% intensity 0: the first end stops it
    {ok, Sup0} = supervisor:start_link(?MODULE, {zero, #{intensity => 0}}),
    Z = started(one),
    started(two),
    Z ! {exit, normal},
    receive {'EXIT', Sup0, R0} -> io:format("supervisor exit: ~p~n", [R0]) end,

    %% the inner supervisor gives up; the top one restarts it (one restart
    %% allowed), then gives up too the next time
    {ok, Top} = supervisor:start_link({local, top}, ?MODULE,
                                      {top, #{strategy => one_for_one}}),
    I1 = started(one),
    started(two),
    [{inner, Inner, supervisor, [supervisor]}] = supervisor:which_children(top),
    I1 ! {exit, crash},
    I2 = started(one),
    started(two),
    [{inner, Inner2, supervisor, [supervisor]}] = supervisor:which_children(top),
    io:format("inner restarted: ~p~n", [Inner2 =/= Inner]),
    io:format("count: ~p~n", [supervisor:count_children(top)]),
    I2 ! {exit, crash},
    receive {'EXIT', Top, RT} -> io:format("top exit: ~p~n", [RT]) end,
    io:format("inner alive: ~p~n", [is_process_alive(Inner2)]).

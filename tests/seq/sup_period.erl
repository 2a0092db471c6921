%% Restarts older than the period are forgotten: with intensity 1 and
%% period 1 second, two ends more than 2 seconds apart are both restarted
%% (restarts are stamped in whole seconds, so 2 seconds are needed to be
%% sure); two ends in a row are one too many.
-module(sup_period).
-behaviour(supervisor).
-export([main/1, init/1, start_worker/0, worker/0]).

init([]) ->
    {ok, {#{intensity => 1, period => 1},
          [#{id => w, start => {?MODULE, start_worker, []}}]}}.

start_worker() ->
    Pid = spawn_link(?MODULE, worker, []),
    tester ! {started, Pid},
    {ok, Pid}.

worker() ->
    receive {exit, R} -> exit(R) end.

started() ->
    receive {started, Pid} -> Pid after 5000 -> exit(no_start) end.

main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    W1 = started(),
    W1 ! {exit, first},
    W2 = started(),
    io:format("restarted once~n"),
    timer:sleep(2100),
    W2 ! {exit, second},
    W3 = started(),
    io:format("restarted again, 2 seconds later~n"),
    W3 ! {exit, third},
    receive {'EXIT', Sup, R} -> io:format("at once after: ~p~n", [R])
    after 5000 -> io:format("still there~n")
    end.

%% The crash reports of proc_lib processes: an error, a throw, an exit
%% (none for normal, shutdown and {shutdown, _}), with a registered name,
%% dictionary entries, queued messages and a linked neighbour.
-module(proclib_crash).
-export([main/1, crasher/1, neighbour/0]).

crasher(error) -> erlang:error({my_error, 42});
crasher(badarith) -> 1 / zero();
crasher(throw) -> throw(my_throw);
crasher(exit) -> exit(my_exit);
crasher({exit, R}) -> exit(R);
crasher(named) ->
    register(proclib_crasher, self()),
    put(key, value),
    put(other, [1, 2, 3]),
    self() ! first_message,
    self() ! {second, message},
    exit(with_context);
crasher({linked, Pid}) ->
    link(Pid),
    erlang:error(with_neighbour).

zero() -> 0.

neighbour() ->
    receive stop -> ok end.

run(Arg) ->
    {Pid, Ref} = spawn_monitor(fun() -> proc_lib:init_p(self(), [], proclib_crash, crasher, [Arg]) end),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

wait(Pid) ->
    Ref = monitor(process, Pid),
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

show(Label, X) -> io:format("~s: ~p~n", [Label, X]).

reason({R, [_ | _]}) -> {R, stack};
reason(R) -> R.

main(_) ->
    show("error", reason(wait(proc_lib:spawn(proclib_crash, crasher, [error])))),
    show("badarith", reason(wait(proc_lib:spawn(proclib_crash, crasher, [badarith])))),
    show("throw", reason(wait(proc_lib:spawn(proclib_crash, crasher, [throw])))),
    show("exit", reason(wait(proc_lib:spawn(proclib_crash, crasher, [exit])))),
    show("normal", wait(proc_lib:spawn(proclib_crash, crasher, [{exit, normal}]))),
    show("shutdown", wait(proc_lib:spawn(proclib_crash, crasher, [{exit, shutdown}]))),
    show("{shutdown,_}", wait(proc_lib:spawn(proclib_crash, crasher, [{exit, {shutdown, x}}]))),
    show("named", wait(proc_lib:spawn(proclib_crash, crasher, [named]))),
    N = spawn(proclib_crash, neighbour, []),
    show("linked", reason(wait(proc_lib:spawn(proclib_crash, crasher, [{linked, N}])))),
    show("neighbour", wait(N)),
    show("direct init_p", reason(run(error))),
    ok.

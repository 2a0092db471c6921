%% link/1 to a process that is already dead: a trapping caller gets true and
%% then {'EXIT', Pid, noproc}; a caller that does not trap exits gets the
%% exception error:noproc. link/1 of a non-pid is badarg.
-module(link_dead).
-export([main/1, quick/0, try_link/2]).

quick() -> ok.

%% a dead pid, known to be dead: its DOWN has arrived
dead_pid() ->
    {P, Ref} = spawn_monitor(?MODULE, quick, []),
    receive
        {'DOWN', Ref, process, P, normal} -> P
    end.

%% try_link(Parent, Dead): runs in a process that does not trap exits
try_link(Parent, Dead) ->
    Trap = process_flag(trap_exit, false),
    Result =
        try link(Dead) of
            V -> {returned, V}
        catch
            error:R:S ->
                [{M, F, Args, _} | _] = S,
                {caught, R, {M, F}, Args =:= [Dead]}
        end,
    Parent ! {self(), Trap, Result}.

main(_) ->
    Dead = dead_pid(),
    io:format("dead is alive: ~p~n", [is_process_alive(Dead)]),

    %% trapping: true, then an EXIT message with reason noproc
    false = process_flag(trap_exit, true),
    io:format("link dead (trapping): ~p~n", [link(Dead)]),
    receive
        {'EXIT', From, Why} ->
            io:format("EXIT from dead: ~p ~p~n", [From =:= Dead, Why])
    end,
    {links, Links} = process_info(self(), links),
    io:format("dead in links: ~p~n", [lists:member(Dead, Links)]),
    true = process_flag(trap_exit, false),

    %% not trapping: error noproc, caught in a child that reports back
    C = spawn(?MODULE, try_link, [self(), Dead]),
    receive
        {C, Trap, Result} ->
            io:format("child trap_exit: ~p~n", [Trap]),
            io:format("link dead (not trapping): ~p~n", [Result])
    end,

    %% not trapping, in main itself
    io:format("caught here: ~p~n",
              [try link(Dead) catch error:E0 -> {error, E0} end]),

    io:format("non-pid link(foo): ~p~n",
              [try link(foo) catch error:E1 -> {error, E1} end]),
    io:format("non-pid link(42): ~p~n",
              [try link(42) catch error:E2 -> {error, E2} end]),
    io:format("non-pid unlink(foo): ~p~n",
              [try unlink(foo) catch error:E3 -> {error, E3} end]),
    ok.

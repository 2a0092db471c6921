%% link/1 and unlink/1 return true, process_flag(trap_exit, B) returns the old
%% value, and a trapping process gets {'EXIT', Pid, Reason} from a linked
%% process for each way it can end: normal return, exit(Term), exit(kill)
%% (reason kill, trappable) and being killed with exit(P, kill) (killed).
-module(link_basic).
-export([main/1, wait/0, ends/1]).

%% wait(): block until told how to end.
wait() ->
    receive
        {die, How} -> ends(How)
    end.

ends(return) -> ok;
ends({exit, Reason}) -> exit(Reason).

%% linked(How): spawn a waiting process, link to it, tell it to end, and
%% return the reason of the EXIT message.
linked(How) ->
    P = spawn(?MODULE, wait, []),
    true = link(P),
    P ! {die, How},
    receive
        {'EXIT', From, Reason} -> {From =:= P, Reason}
    end.

main(_) ->
    io:format("trap_exit first: ~p~n", [process_flag(trap_exit, true)]),
    io:format("trap_exit again: ~p~n", [process_flag(trap_exit, true)]),
    io:format("return: ~p~n", [linked(return)]),
    io:format("exit(normal): ~p~n", [linked({exit, normal})]),
    io:format("exit(term): ~p~n", [linked({exit, {my, reason, [1, 2]}})]),
    io:format("exit(kill): ~p~n", [linked({exit, kill})]),

    %% exit(P, kill) from here: the linked process dies with killed
    K = spawn_link(?MODULE, wait, []),
    io:format("exit/2 returns: ~p~n", [exit(K, kill)]),
    receive
        {'EXIT', K, KR} -> io:format("killed from outside: ~p~n", [KR])
    end,

    %% link twice, unlink once: the link is gone (links are not counted)
    U = spawn(?MODULE, wait, []),
    io:format("link: ~p~n", [link(U)]),
    io:format("link again: ~p~n", [link(U)]),
    io:format("unlink: ~p~n", [unlink(U)]),
    io:format("unlink again: ~p~n", [unlink(U)]),
    Ref = monitor(process, U),
    U ! {die, {exit, gone}},
    receive
        {'DOWN', Ref, process, U, DR} -> io:format("unlinked one ended: ~p~n", [DR])
    end,
    receive
        {'EXIT', U, _} -> io:format("EXIT after unlink: yes~n")
    after 50 ->
        io:format("EXIT after unlink: none~n")
    end,

    %% unlink of a dead process, and of self()
    io:format("unlink dead: ~p~n", [unlink(U)]),
    io:format("link self: ~p~n", [link(self())]),
    io:format("unlink self: ~p~n", [unlink(self())]),

    io:format("trap_exit off: ~p~n", [process_flag(trap_exit, false)]),
    io:format("trap_exit now: ~p~n", [process_flag(trap_exit, false)]),
    ok.

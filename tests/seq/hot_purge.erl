%% Loading a third version while a process runs the first (otp-behaviour.md
%% 1.5), with the raw erlang:load_module/2, which never purges: the load
%% fails with not_purged and changes nothing; soft_purge refuses; purge kills
%% the process (killed, for monitors and for a linked process trapping exits)
%% and removes the old code. Then purge/soft_purge with nothing to purge.
-module(hot_purge).
-export([main/1]).

compile(V) ->
    {ok, hp, Bin} = compile:file("hot/purge/v" ++ integer_to_list(V) ++ "/hp.erl", [binary]),
    Bin.

ask(P, Req) ->
    P ! {self(), Req},
    receive
        {Req, V} -> V
    after 5000 -> exit({timeout, Req})
    end.

%% watch(P): a process linked to P, trapping exits, that sends P's exit
%% reason to the caller
watch(P) ->
    Main = self(),
    T = spawn(fun() ->
                      process_flag(trap_exit, true),
                      link(P),
                      Main ! {linked, self()},
                      receive
                          {'EXIT', P, Reason} -> Main ! {exit_seen, self(), Reason}
                      end
              end),
    receive {linked, T} -> T after 5000 -> exit({timeout, linked}) end.

main(_) ->
    [B1, B2, B3] = [compile(V) || V <- [1, 2, 3]],
    io:format("load v1: ~p~n", [erlang:load_module(hp, B1)]),
    io:format("check_old_code: ~p~n", [erlang:check_old_code(hp)]),
    P = hp:start(),
    Ref = monitor(process, P),
    T = watch(P),
    Q = hp:start(),
    io:format("P vsn: ~p~n", [ask(P, vsn)]),

    io:format("load v2: ~p~n", [erlang:load_module(hp, B2)]),
    io:format("check_old_code: ~p~n", [erlang:check_old_code(hp)]),
    io:format("check_process_code P: ~p, Q: ~p~n",
              [erlang:check_process_code(P, hp), erlang:check_process_code(Q, hp)]),
    io:format("P vsn: ~p~n", [ask(P, vsn)]),
    io:format("Q upgrade (answered by): ~p~n", [ask(Q, upgrade)]),
    io:format("Q vsn: ~p~n", [ask(Q, vsn)]),
    io:format("check_process_code P: ~p, Q: ~p~n",
              [erlang:check_process_code(P, hp), erlang:check_process_code(Q, hp)]),

    %% a third version cannot be loaded while old code exists
    io:format("load v3: ~p~n", [erlang:load_module(hp, B3)]),
    io:format("hp:vsn(): ~p~n", [hp:vsn()]),
    io:format("P alive: ~p, vsn: ~p~n", [is_process_alive(P), ask(P, vsn)]),

    io:format("soft_purge: ~p~n", [code:soft_purge(hp)]),
    io:format("P alive: ~p, check_old_code: ~p~n",
              [is_process_alive(P), erlang:check_old_code(hp)]),

    io:format("purge: ~p~n", [code:purge(hp)]),
    receive
        {'DOWN', Ref, process, P, Down} -> io:format("DOWN reason: ~p~n", [Down])
    after 5000 -> exit({timeout, 'DOWN'})
    end,
    receive
        {exit_seen, T, Exit} -> io:format("EXIT reason: ~p~n", [Exit])
    after 5000 -> exit({timeout, 'EXIT'})
    end,
    io:format("P alive: ~p, check_old_code: ~p~n",
              [is_process_alive(P), erlang:check_old_code(hp)]),
    io:format("check_process_code dead P: ~p~n", [erlang:check_process_code(P, hp)]),
    io:format("Q alive: ~p, vsn: ~p~n", [is_process_alive(Q), ask(Q, vsn)]),
    io:format("hp:vsn(): ~p~n", [hp:vsn()]),

    %% nothing left to purge
    io:format("purge again: ~p~n", [code:purge(hp)]),
    io:format("soft_purge with no old code: ~p~n", [code:soft_purge(hp)]),
    io:format("purge unknown module: ~p~n", [code:purge(hot_purge_nosuchmod)]),
    io:format("soft_purge unknown module: ~p~n", [code:soft_purge(hot_purge_nosuchmod)]),
    io:format("check_old_code unknown module: ~p~n",
              [erlang:check_old_code(hot_purge_nosuchmod)]),
    io:format("check_process_code unknown module: ~p~n",
              [erlang:check_process_code(Q, hot_purge_nosuchmod)]),

    %% now v3 loads; Q is in v2, which becomes old: soft_purge refuses until
    %% Q moves on to v3
    io:format("load v3: ~p~n", [erlang:load_module(hp, B3)]),
    io:format("hp:vsn(): ~p~n", [hp:vsn()]),
    io:format("check_process_code Q: ~p~n", [erlang:check_process_code(Q, hp)]),
    io:format("soft_purge: ~p~n", [code:soft_purge(hp)]),
    io:format("Q upgrade (answered by): ~p~n", [ask(Q, upgrade)]),
    io:format("check_process_code Q: ~p~n", [erlang:check_process_code(Q, hp)]),
    io:format("soft_purge: ~p~n", [code:soft_purge(hp)]),
    io:format("check_old_code: ~p~n", [erlang:check_old_code(hp)]),
    io:format("Q alive: ~p, vsn: ~p~n", [is_process_alive(Q), ask(Q, vsn)]),
    exit(Q, kill),
    ok.

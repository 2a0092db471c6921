%% A message a supervisor does not expect (not an 'EXIT' from a child) is
%% reported and dropped; an 'EXIT' from a process that is not a child is
%% ignored; the supervisor goes on.
-module(sup_unexpected).
-behaviour(supervisor).
-export([main/1, init/1]).

init([]) ->
    {ok, {{one_for_one, 1, 5}, []}}.

main(_) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, odd}, ?MODULE, []),
    Sup ! hello,
    Other = spawn(fun() -> ok end),
    Sup ! {'EXIT', Other, not_a_child},
    Sup ! {some, [message, "with text"], #{k => v}},
    io:format("children: ~p~n", [supervisor:which_children(odd)]),
    io:format("count: ~p~n", [supervisor:count_children(odd)]),
    io:format("alive: ~p~n", [is_process_alive(Sup)]).

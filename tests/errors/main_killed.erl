%% Script mode: a process linked to main exits with a reason other than
%% normal; main, not trapping exits, dies with that reason: beamlet prints
%% it as an exit exception and exits with status 127 (escript: status 1).
-module(main_killed).
-export([main/1]).

main(_) ->
    Parent = self(),
    spawn_link(fun() -> Parent ! ready, exit({shutdown, lost_the_race}) end),
    receive ready -> io:format("child started~n") end,
    receive never -> io:format("not reached~n") end.

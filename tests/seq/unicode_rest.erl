%% unicode:characters_to_list/binary on chardata with a binary that is not
%% UTF-8: the error's Rest has the input's shape (the failing element's
%% rest, then what follows it, at each level).
-module(unicode_rest).
-export([main/1]).
main(_) ->
    [io:format("~w~n", [unicode:characters_to_list(T)]) || T <- inputs()],
    [io:format("~w~n", [unicode:characters_to_binary(T)]) || T <- inputs()].

inputs() ->
    [<<"a", 255>>,
     [<<"a">>, <<255, 1>>, "c"],
     [[<<"a">>, <<255, 1>>, "b"], "c"],
     [$x, [<<"a">>, <<255>>], $y],
     [<<"ok">>, [[[<<200, 65>>]]], <<"z">>],
     "fine", <<"fine">>].

%% ~p of maps: key order, breaking of long maps and nested maps.
-module(pretty_maps).
-export([main/1]).

main(_) ->
    io:format("~p~n", [maps:from_list([{list_to_atom("key" ++ integer_to_list(I)), I} || I <- lists:seq(1, 12)])]),
    io:format("~p~n", [#{config => #{cache => #{ttl => 3600},
                                      db => #{host => "localhost", password => "secret", port => 5432, user => "admin"}}}]),
    io:format("~p~n", [#{1 => x, a => 2, "s" => y, {t} => z, 2.5 => f, [l] => list, <<"b">> => bin}]),
    io:format("~p~n", [maps:from_list([{I, I * I} || I <- lists:seq(1, 32)])]),
    io:format("~p~n", [#{list => lists:seq(1, 30), tuple => {a, b, c}}]),
    io:format("~p~n", [[#{id => I, name => "user" ++ integer_to_list(I), active => I rem 2 =:= 0} || I <- lists:seq(1, 4)]]),
    io:format("~p~n", [#{a => #{}, b => [], c => {}}]),
    io:format("~p~n", [#{{complex, key, with, many, elements} => {and_a, complex, value, that, is, long, enough}}]),
    io:format("~w~n", [#{b => 1, a => 2}]),
    io:format("~p~n", [#{"a long string key number one" => 1, "a long string key number two" => 2, "three" => 3}]),
    ok.

%% Records: creation, defaults, access, update, patterns, is_record.
-module(records).
-export([main/1]).

-record(person, {name, age = 0, email = "none", tags = []}).
-record(empty, {}).
-record(counter, {n = 0 :: integer(), step = 1}).

main(_) ->
    P = #person{name = "Ada", age = 36},
    show(P),
    show(P#person.name),
    show(P#person.email),
    P2 = P#person{age = 37, tags = [math]},
    show(P2),
    show(#person{}),
    show(#empty{}),
    show(#person.age),
    show(record_info(fields, person)),
    show(record_info(size, person)),
    show(is_record(P, person)),
    show(is_record(P, empty)),
    show(is_record({person, a, b, c, d}, person)),
    show(is_record({person, a}, person)),
    show(is_record(P, person, 5)),
    show(greet(P)),
    show(greet(#person{name = "Bob", age = 10})),
    show(greet(other)),
    #person{name = N, age = A} = P2,
    show({N, A}),
    C = lists:foldl(fun(_, Acc) -> tick(Acc) end, #counter{step = 3}, lists:seq(1, 4)),
    show(C),
    show(C#counter.n),
    show([X#person.name || X <- [P, P2, #person{name = "Cy"}], X#person.age > 0]),
    show(element(2, P)),
    show(tuple_size(P)),
    show(catch (list_to_atom("x"))#person.name),
    show(older(P, P2)),
    ok.

greet(#person{name = Name, age = Age}) when Age >= 18 -> {adult, Name};
greet(#person{name = Name}) -> {minor, Name};
greet(_) -> unknown.

tick(#counter{n = N, step = S} = C) -> C#counter{n = N + S}.

older(#person{age = A1}, #person{age = A2}) when A1 > A2 -> first;
older(_, _) -> second.

%% A caught error prints its reason only: stack traces differ under OTP's eval.
show({'EXIT', {R, [{_, _, _, _} | _]}}) -> io:format("~p~n", [{'EXIT', R}]);
show(V) -> io:format("~p~n", [V]).

%% Nested records, record fields holding records, and updates in functions.
-module(records_nested).
-export([main/1]).

-record(addr, {street = "", city = "", zip}).
-record(person, {name, addr = #addr{}, phones = []}).
-record(company, {name, staff = [] :: [#person{}], hq}).

main(_) ->
    A = #addr{street = "1 Main St", city = "Springfield", zip = 12345},
    P = #person{name = "Homer", addr = A, phones = ["555-1234"]},
    C = #company{name = "Plant", staff = [P, #person{name = "Lenny"}], hq = A},
    io:format("~p~n", [C]),
    io:format("~p~n", [(C#company.hq)#addr.city]),
    io:format("~p~n", [[S#person.name || S <- C#company.staff]]),
    P2 = P#person{addr = (P#person.addr)#addr{city = "Shelbyville"}},
    io:format("~p~n", [P2#person.addr]),
    io:format("~p~n", [move_all(C, "Capital City")]),
    io:format("~p~n", [[N || #person{name = N, addr = #addr{zip = undefined}} <- C#company.staff]]),
    io:format("~p~n", [#addr{} =:= #addr{street = "", city = ""}]),
    ok.

move_all(#company{staff = Staff} = C, City) ->
    C#company{staff = [S#person{addr = (S#person.addr)#addr{city = City}} || S <- Staff]}.

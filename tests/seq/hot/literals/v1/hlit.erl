-module(hlit).
-export([big/0, msg/0, keeper/0]).

%% constants: they live in the version's literal area until it is purged
big() -> {config, [{name, "pricing"}, {limits, #{max => 100, min => 1}}, <<"a literal binary">>],
          [1.5, 2.5, {nested, [a, b, c]}]}.
msg() -> {price, milk, 1.25, "litres"}.

%% a process that keeps a literal in its state while running other code
keeper() ->
    receive
        {hold, From} -> hold(From, big())
    end.

hold(From, T) ->
    From ! held,
    receive {give, P} -> P ! {kept, T} end.

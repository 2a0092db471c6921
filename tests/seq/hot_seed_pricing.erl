%% The pricing_service story (seed 000). v1 and v2 loop with a local call:
%% a service started in v1 keeps the old price of milk after v2 is loaded.
%% Loading v3 while it still runs v1 kills it (code:load_binary purges v1,
%% as c/1 does). v3..v5 loop through ?MODULE:, and answer the next message
%% with the new version's ?VERSION and price. Loaded twice with no message
%% in between, even that service is killed: it was still in the oldest code.
-module(hot_seed_pricing).
-export([main/1]).

file(V) -> "hot/pricing/v" ++ integer_to_list(V) ++ "/pricing_service.erl".

%% load(V): what c(pricing_service) does after editing the source into
%% version V: purge the old code, load the new
load(V) ->
    {ok, pricing_service, Bin} = compile:file(file(V), [binary]),
    io:format("load v~p: ~p~n", [V, code:load_binary(pricing_service, file(V), Bin)]).

price(S, Item) ->
    S ! {price, Item},
    receive
        {price, Item, _} -> ok
    after 5000 -> exit({timeout, price})
    end.

version(S) ->
    S ! {version},
    receive
        {version, _} -> ok
    after 5000 -> exit({timeout, version})
    end.

stop(S) ->
    S ! stop,
    receive
        {stopped, S} -> io:format("service stopped~n")
    after 5000 -> exit({timeout, stopped})
    end.

down(Ref) ->
    receive
        {'DOWN', Ref, process, _, Why} -> io:format("service DOWN: ~p~n", [Why])
    after 5000 -> exit({timeout, 'DOWN'})
    end.

main(_) ->
    load(1),
    S1 = pricing_service:register(self()),
    Ref1 = monitor(process, S1),
    price(S1, milk),
    price(S1, bread),

    %% the price of milk is updated, the running service does not notice
    load(2),
    price(S1, milk),
    S2 = pricing_service:register(self()),
    io:format("a service started now:~n"),
    price(S2, milk),
    stop(S2),

    %% v1 still runs in S1: loading another version purges it and kills S1
    io:format("S1 in old code: ~p~n", [erlang:check_process_code(S1, pricing_service)]),
    load(3),
    down(Ref1),

    %% a service that loops through ?MODULE: picks up each new version
    S3 = pricing_service:register(self()),
    Ref3 = monitor(process, S3),
    version(S3),
    price(S3, milk),
    load(4),
    io:format("S3 in old code: ~p~n", [erlang:check_process_code(S3, pricing_service)]),
    version(S3),
    price(S3, milk),
    io:format("S3 in old code: ~p~n", [erlang:check_process_code(S3, pricing_service)]),
    %% S3 was updated between the two loads: it survives this one
    load(5),
    io:format("S3 alive: ~p~n", [is_process_alive(S3)]),
    %% no message since: S3 is still in v4, which this load purges
    load(5),
    down(Ref3),
    ok.

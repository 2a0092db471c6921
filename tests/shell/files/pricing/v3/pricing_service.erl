%% pricing_service, version 3: milk costs 1.05. The loop and the message
%% handler are called through ?MODULE:, so a running service switches to the
%% current version with the next message.
-module(pricing_service).
-export([register/1, message_receiver/1, handle/2]).

-define(VERSION, 3).

%% register(Client): start a service that answers Client
register(Client) -> spawn(?MODULE, message_receiver, [Client]).

message_receiver(Client) ->
    receive
        Msg ->
            case ?MODULE:handle(Client, Msg) of
                continue -> ?MODULE:message_receiver(Client);
                stop -> ok
            end
    end.

handle(Client, {price, Item}) ->
    reply_with_price_of(Client, Item),
    continue;
handle(Client, {version}) ->
    io:format("Service version ~p~n", [?VERSION]),
    Client ! {version, ?VERSION},
    continue;
handle(Client, stop) ->
    Client ! {stopped, self()},
    stop.

reply_with_price_of(Client, Item) ->
    Price = price_of(Item),
    io:format("The price of ~p is: $~.2f~n", [Item, Price]),
    Client ! {price, Item, Price}.

price_of(milk) -> 1.05;
price_of(bread) -> 2.49.

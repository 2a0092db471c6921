%% pricing_service, version 2: milk costs 1.03. The service loops with a local
%% call, so a running service keeps the prices of the version it started in.
-module(pricing_service).
-export([register/1, message_receiver/1]).

%% register(Client): start a service that answers Client
register(Client) -> spawn(?MODULE, message_receiver, [Client]).

message_receiver(Client) ->
    receive
        {price, Item} ->
            reply_with_price_of(Client, Item),
            message_receiver(Client);
        stop ->
            Client ! {stopped, self()}
    end.

reply_with_price_of(Client, Item) ->
    Price = price_of(Item),
    io:format("The price of ~p is: $~.2f~n", [Item, Price]),
    Client ! {price, Item, Price}.

price_of(milk) -> 1.03;
price_of(bread) -> 2.49.

%% A gen_server:call that times out leaves no late reply behind: the call
%% made its monitor an alias, the reply goes through the alias, and the
%% alias ended with the timeout (OTP 24+).  An infinity call and a call
%% that gets its answer in time work as before.
-module(gs_late).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

init(_) -> {ok, 0}.

handle_call(slow, _From, S) -> timer:sleep(100), {reply, late, S};
handle_call(fast, _From, S) -> {reply, fast, S};
handle_call(deferred, From, S) ->
    spawn(fun() -> timer:sleep(10), gen_server:reply(From, deferred) end),
    {noreply, S}.

handle_cast(_, S) -> {noreply, S}.

main(_) ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    {'EXIT', {timeout, {gen_server, call, [P, slow, 20]}}} = (catch gen_server:call(P, slow, 20)),
    io:format("timed out~n"),
    timer:sleep(200),
    {messages, Ms} = process_info(self(), messages),
    io:format("mailbox ~p~n", [Ms]),
    io:format("~p~n", [gen_server:call(P, fast, 1000)]),
    io:format("~p~n", [gen_server:call(P, fast, infinity)]),
    io:format("~p~n", [gen_server:call(P, deferred, 1000)]),
    io:format("~p~n", [gen_server:call(P, deferred)]),
    {'EXIT', {timeout, _}} = (catch gen_server:call(P, slow, 10)),
    timer:sleep(200),
    io:format("mailbox ~p~n", [element(2, process_info(self(), messages))]).

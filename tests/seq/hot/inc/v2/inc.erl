%% inc, version 2: goes up by 2 (seed 003's upgrade).
-module(inc).
-behaviour(gen_server).
-vsn("2").
-export([start_link/0, inc/1, get/1]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).

start_link() ->
    gen_server:start_link(?MODULE, [], []).

init(_) ->
    io:format("started~n"),
    {ok, 0}.

handle_call(inc, _From, Total) ->
    NewTotal = Total + 2,
    io:format("[~s] new total: ~p => ~p~n", ["2", Total, NewTotal]),
    {reply, NewTotal, NewTotal};
handle_call(total, _From, Total) ->
    io:format("total: ~p~n", [Total]),
    {reply, Total, Total}.

handle_cast(_Msg, Total) ->
    {noreply, Total}.

code_change(OldVsn, State, Extra) ->
    io:format("New version. Moving out of ~s ~p~n", [OldVsn, Extra]),
    {ok, State}.

inc(I) -> gen_server:call(I, inc).

get(I) -> gen_server:call(I, total).

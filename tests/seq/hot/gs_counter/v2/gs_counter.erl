%% gs_counter v2: the state becomes #{count => N}; code_change converts it
%% both ways.
-module(gs_counter).
-behaviour(gen_server).
-vsn("2").
-export([start_link/0, inc/0, get/0, init/1, handle_call/3, handle_cast/2, code_change/3]).

start_link() -> gen_server:start_link({local, gs_counter}, gs_counter, #{count => 0}, []).
inc() -> gen_server:cast(gs_counter, inc).
get() -> gen_server:call(gs_counter, get).

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, {v2, S}, S}.
handle_cast(inc, #{count := N} = S) -> {noreply, S#{count := N + 1}}.

code_change("1", N, Extra) when is_integer(N) ->
    io:format("v2 code_change(\"1\", ~p, ~p)~n", [N, Extra]),
    {ok, #{count => N}};
code_change({down, "1"}, #{count := N}, _Extra) ->
    io:format("v2 code_change({down,\"1\"}, ~p)~n", [N]),
    {ok, N};
code_change(OldVsn, _S, _Extra) ->
    {error, {unknown_vsn, OldVsn}}.

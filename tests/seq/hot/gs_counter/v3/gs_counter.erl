%% gs_counter v3: its code_change crashes.
-module(gs_counter).
-behaviour(gen_server).
-vsn("3").
-export([start_link/0, inc/0, get/0, init/1, handle_call/3, handle_cast/2, code_change/3]).

start_link() -> gen_server:start_link({local, gs_counter}, gs_counter, #{count => 0}, []).
inc() -> gen_server:cast(gs_counter, inc).
get() -> gen_server:call(gs_counter, get).

init(S) -> {ok, S}.
handle_call(get, _From, S) -> {reply, {v3, S}, S}.
handle_cast(inc, #{count := N} = S) -> {noreply, S#{count := N + 1}}.
code_change(_OldVsn, #{count := N}, _Extra) -> {ok, #{count => N div 0}}.

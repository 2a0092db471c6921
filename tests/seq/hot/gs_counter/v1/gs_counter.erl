%% gs_counter v1: a gen_server counter whose state is an integer.
-module(gs_counter).
-behaviour(gen_server).
-vsn("1").
-export([start_link/0, inc/0, get/0, init/1, handle_call/3, handle_cast/2, code_change/3]).

start_link() -> gen_server:start_link({local, gs_counter}, gs_counter, 0, []).
inc() -> gen_server:cast(gs_counter, inc).
get() -> gen_server:call(gs_counter, get).

init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, {v1, N}, N}.
handle_cast(inc, N) -> {noreply, N + 1}.
code_change(_OldVsn, N, _Extra) -> {ok, N}.

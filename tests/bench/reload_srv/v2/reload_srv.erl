-module(reload_srv).
-export([loop/1, handle/2]).

%% Version 2 of the server that reload.erl reloads: it answers
%% {call, From, Ref, X} with {Ref, 2, X}. Each message it receives is handled
%% by a fully qualified call, so the server runs the current version from
%% then on, and its reply is sent from that version: a caller that has the
%% reply knows the server is no longer in old code.
loop(N) ->
    receive
        Msg -> ?MODULE:handle(Msg, N)
    end.

handle({call, From, Ref, X}, N) ->
    From ! {Ref, 2, X},
    loop(N + 1);
handle({stop, From}, N) ->
    From ! {stopped, N}.

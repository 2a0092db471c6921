%% The stack trace of a simple error: {Module, Function, Arity, [{file,F},{line,L}]}.
%% Only this module's frames are printed (the caller of main differs).
-module(stacktrace_basic).
-export([main/1]).

main(Args) ->
    %% 3, but not known to the compiler (see lookup/1)
    try outer(3 + length(Args)) of
        _ -> ok
    catch
        error:Reason:Stack ->
            io:format("reason: ~p~n", [Reason]),
            [io:format("~p~n", [F]) || F <- Stack, element(1, F) =:= ?MODULE]
    end,
    try
        V = inner(1),
        io:format("~p~n", [V])
    catch
        throw:T:S2 ->
            io:format("thrown: ~p~n", [T]),
            [io:format("~p~n", [F]) || F <- S2, element(1, F) =:= ?MODULE]
    end,
    ok.

outer(N) ->
    R = middle(N),
    {outer, R}.

middle(N) ->
    X = inner(N),
    [X].

inner(1) ->
    Y = throw(one),
    Y;
inner(N) ->
    {ok, Z} = lookup(N),
    Z + 1.

%% lookup/1 can succeed and outer/1's argument is not a constant, so OTP's
%% type analysis cannot prove inner/1 never returns (it would then turn the
%% calls above into tail calls and drop their frames).
lookup(N) when N > 100 -> {ok, N};
lookup(N) -> {error, N}.

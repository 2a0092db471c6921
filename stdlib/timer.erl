%% timer: sleeping, and the simple timer functions of OTP's timer module.
-module(timer).
-export([sleep/1, send_after/2, send_after/3, exit_after/2, exit_after/3,
         kill_after/1, kill_after/2, apply_after/4, cancel/1,
         tc/1, tc/2, tc/3, seconds/1, minutes/1, hours/1, hms/3]).

sleep(T) ->
    receive
    after T -> ok
    end.

send_after(T, Msg) -> send_after(T, self(), Msg).
send_after(T, Dest, Msg) when is_integer(T), T >= 0 ->
    {ok, {send_local, erlang:send_after(T, Dest, Msg)}};
send_after(_, _, _) -> {error, badarg}.

exit_after(T, Reason) -> exit_after(T, self(), Reason).
exit_after(T, Pid, Reason) -> apply_after(T, erlang, exit, [Pid, Reason]).

kill_after(T) -> exit_after(T, self(), kill).
kill_after(T, Pid) -> exit_after(T, Pid, kill).

apply_after(T, M, F, A) when is_integer(T), T >= 0, is_atom(M), is_atom(F), is_list(A) ->
    Pid = spawn(fun() ->
                    receive
                        cancel -> ok
                    after T -> apply(M, F, A)
                    end
                end),
    {ok, {apply, Pid}};
apply_after(_, _, _, _) -> {error, badarg}.

cancel({send_local, Ref}) ->
    erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({apply, Pid}) ->
    Pid ! cancel,
    {ok, cancel};
cancel(_) -> {error, badarg}.

tc(F) ->
    T0 = erlang:monotonic_time(),
    V = F(),
    T1 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T1 - T0, native, microsecond), V}.
tc(F, A) ->
    T0 = erlang:monotonic_time(),
    V = apply(F, A),
    T1 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T1 - T0, native, microsecond), V}.
tc(M, F, A) ->
    T0 = erlang:monotonic_time(),
    V = apply(M, F, A),
    T1 = erlang:monotonic_time(),
    {erlang:convert_time_unit(T1 - T0, native, microsecond), V}.

seconds(S) -> 1000 * S.
minutes(M) -> 60000 * M.
hours(H) -> 3600000 * H.
hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

%% logger: the calls programs make to OTP 25's logger, printed as its
%% default handler prints them with the legacy header
%% ("=ERROR REPORT==== date ===", the message, a newline), through
%% beamlet:report/2 (on stderr).  The primary level is OTP's default,
%% notice: info and debug events are dropped.  There are no handlers,
%% filters or configuration to change.
-module(logger).
-compile({no_auto_import, [error/1, error/2, error/3]}).
-export([emergency/1, emergency/2, emergency/3, alert/1, alert/2, alert/3,
         critical/1, critical/2, critical/3, error/1, error/2, error/3,
         warning/1, warning/2, warning/3, notice/1, notice/2, notice/3,
         info/1, info/2, info/3, debug/1, debug/2, debug/3,
         log/2, log/3, log/4, allow/2, compare_levels/2,
         format_report/1, format_otp_report/1, report/3]).

emergency(A) -> log(emergency, A).
emergency(A, B) -> log(emergency, A, B).
emergency(A, B, C) -> log(emergency, A, B, C).
alert(A) -> log(alert, A).
alert(A, B) -> log(alert, A, B).
alert(A, B, C) -> log(alert, A, B, C).
critical(A) -> log(critical, A).
critical(A, B) -> log(critical, A, B).
critical(A, B, C) -> log(critical, A, B, C).
error(A) -> log(error, A).
error(A, B) -> log(error, A, B).
error(A, B, C) -> log(error, A, B, C).
warning(A) -> log(warning, A).
warning(A, B) -> log(warning, A, B).
warning(A, B, C) -> log(warning, A, B, C).
notice(A) -> log(notice, A).
notice(A, B) -> log(notice, A, B).
notice(A, B, C) -> log(notice, A, B, C).
info(A) -> log(info, A).
info(A, B) -> log(info, A, B).
info(A, B, C) -> log(info, A, B, C).
debug(A) -> log(debug, A).
debug(A, B) -> log(debug, A, B).
debug(A, B, C) -> log(debug, A, B, C).

%% log(Level, StringOrReport), log(Level, Format, Args) or
%% log(Level, StringOrReport, Metadata), log(Level, Format, Args, Metadata).
log(Level, StringOrReport) ->
    log(Level, StringOrReport, #{}).

log(Level, Format, Args) when is_list(Args) ->
    log(Level, Format, Args, #{});
log(Level, StringOrReport, Meta) when is_map(Meta) ->
    case is_string(StringOrReport) of
        true -> emit(Level, fun() -> chars(StringOrReport) end);
        false when is_map(StringOrReport); is_list(StringOrReport) ->
            emit(Level, fun() -> format_msg(format_report(StringOrReport)) end);
        false -> erlang:error(function_clause, [Level, StringOrReport, Meta])
    end.

log(Level, Format, Args, Meta) when is_list(Args), is_map(Meta) ->
    emit(Level, fun() -> format_msg({Format, Args}) end);
log(Level, Fun, FunArgs, Meta) when is_function(Fun, 1), is_map(Meta) ->
    emit(Level, fun() ->
                    case Fun(FunArgs) of
                        {F, A} when is_list(A) -> format_msg({F, A});
                        {F, A, _} when is_list(A) -> format_msg({F, A});
                        Report -> format_msg(format_report(Report))
                    end
                end).

allow(Level, _Module) ->
    compare_levels(Level, notice) =/= lt.

compare_levels(A, A) -> eq;
compare_levels(A, B) ->
    case level_num(A) < level_num(B) of
        true -> gt;
        false -> lt
    end.

level_num(emergency) -> 0;
level_num(alert) -> 1;
level_num(critical) -> 2;
level_num(error) -> 3;
level_num(warning) -> 4;
level_num(notice) -> 5;
level_num(info) -> 6;
level_num(debug) -> 7;
level_num(L) -> erlang:error(badarg, [L]).

%% The text is made only for an event at or above the level.
emit(Level, Text) ->
    case allow(Level, undefined) of
        true -> report(Level, title(Level), Text());
        false -> ok
    end.

%% report(Level, Title, Text): for the stdlib's own reports (error_logger,
%% gen_server, supervisor): an event of Level whose text is already made,
%% under the legacy header "=Title====".  The handler adds the final
%% newline.
report(Level, Title, Text) ->
    case allow(Level, undefined) of
        true -> beamlet:report(Title, [Text, "\n"]);
        false -> ok
    end.

title(Level) -> string:uppercase(atom_to_list(Level)) ++ " REPORT".

format_msg({Format, Args}) ->
    try
        io_lib:format(Format, Args)
    catch
        _:_ -> io_lib:format("FORMAT ERROR: ~tp - ~tp", [Format, Args])
    end.

chars(S) when is_binary(S) -> unicode:characters_to_list(S);
chars(S) -> S.

is_string(B) when is_binary(B) -> true;
is_string(L) when is_list(L) ->
    try lists:flatten(L) of
        [] -> false;
        Flat -> printable(Flat)
    catch
        _:_ -> false
    end;
is_string(_) -> false.

printable([C | T]) when is_integer(C), C >= 32, C =< 126; is_integer(C), C >= 160, C < 16#D800;
                        is_integer(C), C > 16#DFFF, C < 16#FFFE; is_integer(C), C > 16#FFFF, C =< 16#10FFFF;
                        C =:= $\n; C =:= $\r; C =:= $\t; C =:= $\v; C =:= $\b; C =:= $\f; C =:= $\e ->
    printable(T);
printable([]) -> true;
printable(_) -> false.

format_otp_report(#{label := _, report := Report}) -> format_report(Report);
format_otp_report(Report) -> format_report(Report).

%% A report as the default formatter shows it: a string as it is, a
%% key-value list one "    Key: Value" per line, anything else with ~tp.
format_report(Report) when is_map(Report) ->
    format_report(maps:to_list(Report));
format_report(Report) ->
    try lists:flatten(Report) of
        [] -> {"~tp", [[]]};
        Flat ->
            case printable(Flat) of
                true -> {"~ts", [Flat]};
                false -> format_term_list(Report, [], [])
            end
    catch
        _:_ -> {"~tp", [Report]}
    end.

format_term_list([{Tag, Data} | T], Format, Args) ->
    PorS = case is_string(Data) andalso not is_binary(Data) of
               true -> "s";
               false -> "p"
           end,
    format_term_list(T, ["    ~tp: ~t" ++ PorS | Format], [Data, Tag | Args]);
format_term_list([Data | T], Format, Args) ->
    format_term_list(T, ["    ~tp" | Format], [Data | Args]);
format_term_list([], Format, Args) ->
    {lists:flatten(lists:join($\n, lists:reverse(Format))), lists:reverse(Args)}.

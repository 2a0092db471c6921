%% error_logger: OTP's old reporting API, which OTP 25 passes on to the
%% logger; printed as its default handler prints these events (see
%% logger.erl).  info_msg and info_report are logged at notice level, so
%% they show, as in OTP 25.  A report with a type of its own (not
%% std_error, std_warning, std_info) goes to a domain that the default
%% handler does not print.
-module(error_logger).
-export([error_msg/1, error_msg/2, format/2, error_report/1, error_report/2,
         warning_msg/1, warning_msg/2, warning_report/1, warning_report/2,
         info_msg/1, info_msg/2, info_report/1, info_report/2,
         get_format_depth/0, limit_term/1, warning_map/0]).

error_msg(Format) -> error_msg(Format, []).
error_msg(Format, Args) -> msg(error, "ERROR REPORT", Format, Args).
format(Format, Args) -> error_msg(Format, Args).

warning_msg(Format) -> warning_msg(Format, []).
warning_msg(Format, Args) -> msg(warning, "WARNING REPORT", Format, Args).

info_msg(Format) -> info_msg(Format, []).
info_msg(Format, Args) -> msg(notice, "INFO REPORT", Format, Args).

error_report(Report) -> error_report(std_error, Report).
error_report(Type, Report) -> report(error, "ERROR REPORT", Type =:= std_error, Report).

warning_report(Report) -> warning_report(std_warning, Report).
warning_report(Type, Report) -> report(warning, "WARNING REPORT", Type =:= std_warning, Report).

info_report(Report) -> info_report(std_info, Report).
info_report(Type, Report) -> report(notice, "INFO REPORT", Type =:= std_info, Report).

warning_map() -> warning.

%% No depth limit is configured (the kernel's error_logger_format_depth).
get_format_depth() -> unlimited.
limit_term(Term) -> Term.

%% A format that does not fit its arguments is shown as OTP's
%% report_to_format shows it.
msg(Level, Title, Format, Args) ->
    Text = try
               io_lib:format(Format, Args)
           catch
               _:_ -> io_lib:format("ERROR: ~tp - ~tp", [Format, Args])
           end,
    logger:report(Level, Title, Text).

report(_Level, _Title, false, _Report) ->
    ok;
report(Level, Title, true, Report) when is_map(Report) ->
    logger:report(Level, Title, io_lib:format("~tp~n", [Report]));
report(Level, Title, true, Report) ->
    {Format, Args} = logger:format_report(Report),
    logger:report(Level, Title, io_lib:format(Format, Args)).

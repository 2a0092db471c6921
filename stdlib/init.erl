%% init: the first process when beamlet runs as erl (no script).  It runs
%% the -eval, -s and -run instructions in command-line order, starts the
%% shell unless -noshell was given, then stays to answer questions about the
%% command line.  The VM ends at halt/0,1, at init:stop/0,1 (once nothing
%% can run: OTP stops asynchronously too, see docs/shell.md), or at the end
%% of the shell's input.
-module(init).
-export([boot/1, stop/0, stop/1, get_plain_arguments/0]).

%% boot({Instructions, Shell, PlainArgs}), from vm/main.c:
%% Instructions = [{eval, Text} | {s | run, Mod, Fun, [Arg]}] as strings.
boot({Instrs, Shell, Plain}) ->
    register(init, self()),
    put(plain_arguments, Plain),           % for -eval code, which runs here
    case Shell of
        true -> shell:banner();
        false -> ok
    end,
    try lists:foreach(fun run/1, Instrs)
    catch
        Class:Reason:Stack -> do_boot_failed(Class, Reason, Stack)
    end,
    case Shell of
        true -> shell:start();
        false -> ok
    end,
    loop(Plain).

loop(Plain) ->
    receive
        {From, Ref, get_plain_arguments} ->
            From ! {Ref, Plain},
            loop(Plain)
    end.

run({eval, Text}) ->
    Exprs = parse_eval(Text),
    {value, _, _} = erl_eval:exprs(Exprs, erl_eval:new_bindings());
run({s, Mod, Fun, []}) ->
    apply(list_to_atom(Mod), list_to_atom(Fun), []);
run({s, Mod, Fun, Args}) ->
    apply(list_to_atom(Mod), list_to_atom(Fun), [[list_to_atom(A) || A <- Args]]);
run({run, Mod, Fun, []}) ->
    apply(list_to_atom(Mod), list_to_atom(Fun), []);
run({run, Mod, Fun, Args}) ->
    apply(list_to_atom(Mod), list_to_atom(Fun), [Args]).

%% As erl, the final dot of an -eval expression may be left out.
parse_eval(Text) ->
    case beamlet:parse_command(Text, [], true) of
        {ok, Exprs, _} -> Exprs;
        {syntax_error, _, _, _} ->
            case beamlet:parse_command(Text ++ " .", [], true) of
                {ok, Exprs, _} -> Exprs;
                Error -> erlang:error({badmatch, Error})
            end;
        Error ->
            erlang:error({badmatch, Error})
    end.

%% erl prints {"init terminating in do_boot",Reason} and exits with 1.
do_boot_failed(Class, Reason, Stack) ->
    R = case Class of
            error -> {Reason, Stack};
            exit -> Reason;
            throw -> {{nocatch, Reason}, Stack}
        end,
    Text = io_lib_pretty:print({"init terminating in do_boot", R}, [{column, 1}, {line_length, 0}]),
    io:format(standard_error, "~ts~n", [Text]),
    erlang:halt(1).

stop() -> stop(0).

stop(Status) ->
    beamlet:stop_when_idle(Status),
    ok.

get_plain_arguments() ->
    case whereis(init) =:= self() of
        true ->
            get(plain_arguments);
        false ->
            Ref = make_ref(),
            init ! {self(), Ref, get_plain_arguments},
            receive {Ref, Plain} -> Plain end
    end.

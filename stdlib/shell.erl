%% shell: the interactive shell, as OTP 25's (docs/shell.md).
%%
%% Two processes.  The server reads commands (beamlet:tty_read/1, a pipe or
%% a libedit terminal), parses them (beamlet:parse_command/3), keeps the
%% prompt counter, the history and the bindings, and prints results and
%% errors.  The evaluator runs each command with erl_eval, so self() in a
%% command is the evaluator: it can register itself and receive.  When a
%% command raises, or an exit signal kills the evaluator, the server prints
%% the exception and starts a new evaluator with the bindings and the
%% process dictionary it had after the last command that succeeded; its
%% mailbox and links are gone, as in OTP.
-module(shell).
-export([start/0, banner/0, server/0, evaluator/3]).

-define(KEEP, 20).               % commands and results kept for v/1 and h/0

-record(st, {n = 1,              % the prompt counter
             bs = [],            % bindings (erl_eval's orddict)
             dict = [],          % the evaluator's process dictionary
             hist = [],          % [{N, Exprs, Value}], newest first
             ev,                 % the evaluator's pid
             tty = false}).      % stdin is a terminal

start() ->
    spawn(fun server/0).

banner() ->
    io:put_chars("Eshell V13.1.5 (beamlet)  (abort with ^C, quit with q().)\n").

server() ->
    process_flag(trap_exit, true),
    Tty = beamlet:tty_interactive(),
    beamlet:tty_on_interrupt(self()),
    St = #st{tty = Tty},
    command(St#st{ev = new_evaluator(St)}, "").

%% ---- reading ---------------------------------------------------------

prompt(#st{n = N}) -> integer_to_list(N) ++ "> ".

%% Piped input shows no prompt on continuation lines (as erl).
cont_prompt(#st{tty = true} = St) -> prompt(St);
cont_prompt(#st{tty = false}) -> "".

%% Text: what was left after the previous command's dot on its line.
command(St, Text) ->
    case blank(Text) of
        true ->
            %% kept: positions in the next command count its lines
            read_line(St, Text, prompt(St));
        false ->
            case beamlet:parse_command(Text, bound(St), false) of
                more ->
                    read_line(St, Text, prompt(St));
                Parsed ->
                    io:put_chars(prompt(St)),
                    handle(St, {Text, false}, Parsed)
            end
    end.

read_line(St, Acc, Prompt) ->
    Ref = beamlet:tty_read(Prompt),
    wait_line(St, Acc, Ref).

wait_line(St, Acc, Ref) ->
    receive
        {tty_input, Ref, eof} ->
            at_eof(St, Acc);
        {tty_input, Ref, Line} ->
            Text = Acc ++ Line,
            case beamlet:parse_command(Text, bound(St), false) of
                more -> read_line(St, Text, cont_prompt(St));
                Parsed -> handle(St, {Text, false}, Parsed)
            end;
        {'EXIT', Ev, Reason} when Ev =:= St#st.ev ->
            %% a process linked to the idle evaluator killed it
            report(exit, Reason, []),
            wait_line(St#st{ev = new_evaluator(St)}, Acc, Ref);
        {tty_interrupt} ->
            %% Ctrl-C at the prompt: the line is gone, and so are the
            %% earlier lines of an unfinished command
            wait_line(St, "", Ref);
        {'EXIT', _, _} ->
            wait_line(St, Acc, Ref)
    end.

at_eof(St, Acc) ->
    case beamlet:parse_command(Acc, bound(St), true) of
        eof ->
            io:put_chars("*** Terminating erlang (nonode@nohost)\n"),
            erlang:halt(0);
        Parsed ->
            handle(St, {Acc, true}, Parsed)
    end.

blank(Text) -> lists:all(fun(C) -> C =:= $\s orelse C =:= $\t orelse C =:= $\n orelse C =:= $\r end, Text).

bound(#st{bs = Bs}) -> [Name || {Name, _} <- Bs].

%% ---- one command -----------------------------------------------------

%% Source = {Text, AtEof}: the command's text, which the evaluator checks
%% again expression by expression (beamlet:parse_command/4).
handle(St, Source, {ok, Exprs, Rest}) ->
    run(St, Source, Exprs, Rest);
handle(St, Source, {lint_error, Exprs, _, Rest}) ->
    %% as OTP, each expression is checked just before it runs, with the
    %% bindings of that moment: what runs before the error has run
    run(St, Source, Exprs, Rest);
handle(St, _, {syntax_error, {L, C}, Msg, Rest}) ->
    io:format("* ~w:~w: ~ts~n", [L, C, Msg]),
    command(St, Rest).

run(St, Source, Exprs, Rest) ->
    case expand_history(Exprs, St) of
        {ok, Kept, Exprs1} ->
            command(eval(St, Source, Kept, Exprs1), Rest);
        {not_found, What} ->
            io:format("* ~ts: command not found~n", [What]),
            command(St, Rest)
    end.

%% v(N) and e(N) with a literal N refer to the history, as in OTP: e(N) is
%% replaced by command N, v(N) by its value; a missing one is an error
%% that uses no number.  The history keeps the command with e(N) replaced
%% and v(N) made absolute (v(-1) is kept as v(4) after command 4).
expand_history(Exprs, St) ->
    try
        Kept = lists:append([splice_e(E, St) || E <- Exprs]),
        {ok, Kept, values(Kept, St)}
    catch throw:{not_found, What} -> {not_found, What}
    end.

splice_e({call, _, {atom, _, e}, [Arg]} = E, St) ->
    case history_ref(Arg, St) of
        {_, Exprs, _} -> Exprs;
        none -> [expand_e(E, St)]
    end;
splice_e(E, St) ->
    [expand_e(E, St)].

expand_e(E, St) ->
    rewrite(fun({call, A, {atom, _, e}, [Arg]}) ->
                    case history_ref(Arg, St) of
                        {_, [Expr], _} -> {ok, Expr};
                        {_, Exprs, _} -> {ok, {block, A, Exprs}};
                        none -> false
                    end;
               ({call, A, {atom, _, v}, [Arg]}) ->
                    case history_ref(Arg, St) of
                        {N, _, _} -> {ok, {call, A, {atom, A, v}, [{integer, A, N}]}};
                        none -> false
                    end;
               (_) -> false
            end, E).

values(Exprs, St) ->
    rewrite(fun({call, A, {atom, _, v}, [{integer, _, _} = Arg]}) ->
                    case history_ref(Arg, St) of
                        {_, _, Value} -> {ok, {value, A, Value}};
                        none -> false
                    end;
               (_) -> false
            end, Exprs).

%% rewrite(F, Tree): the abstract Tree with each node for which F returns
%% {ok, New} replaced by New; F's false goes on into the node.
rewrite(F, T) when is_tuple(T) ->
    case F(T) of
        {ok, New} -> New;
        false -> list_to_tuple(rewrite(F, tuple_to_list(T)))
    end;
rewrite(F, [H | T]) ->
    [rewrite(F, H) | rewrite(F, T)];
rewrite(_, X) -> X.

history_ref({integer, _, N}, #st{n = Cur, hist = Hist}) ->
    Abs = if N =< 0 -> Cur + N; true -> N end,
    case lists:keyfind(Abs, 1, Hist) of
        false -> throw({not_found, integer_to_list(N)});
        Entry -> Entry
    end;
history_ref({op, _, '-', {integer, A, N}}, St) ->
    history_ref({integer, A, -N}, St);
history_ref({atom, _, Name}, _) ->
    throw({not_found, atom_to_list(Name)});
history_ref(_, _) ->
    none.

record(#st{n = N, hist = Hist} = St, Exprs, Value) ->
    St#st{n = N + 1, hist = lists:sublist([{N, Exprs, Value} | Hist], ?KEEP)}.

%% ---- evaluating --------------------------------------------------------

%% Kept: the command as the history keeps it; Exprs: as it runs.
eval(#st{ev = Ev} = St, Source, Kept, Exprs) ->
    Ev ! {eval, self(), Source, Exprs, St#st.bs, St#st.hist},
    case wait_eval(Ev) of
        {value, V, Bs, Dict} ->
            io:put_chars([io_lib_pretty:print(V, print_opts(1)), $\n]),
            record(St#st{bs = Bs, dict = Dict}, Kept, V);
        {lint_error, {L, C}, Msg, Dict} ->
            %% the bindings made before the error are dropped, as OTP does
            io:format("* ~w:~w: ~ts~n", [L, C, Msg]),
            record(St#st{dict = Dict}, Kept, {'EXIT', lint_reason(Msg)});
        {exception, Class, Reason, Stack} ->
            report(Class, Reason, Stack),
            St1 = St#st{ev = undefined},
            record(St1#st{ev = new_evaluator(St1)}, Kept, {'EXIT', Reason});
        {killed, Reason} ->
            report(exit, Reason, []),
            St1 = St#st{ev = undefined},
            record(St1#st{ev = new_evaluator(St1)}, Kept, {'EXIT', Reason})
    end.

%% The evaluator answers; but OTP's evaluator prints the value itself after
%% an io round trip, so an exit signal that reaches it meanwhile (a linked
%% process it just started dies) wins over the value.
wait_eval(Ev) ->
    receive
        {shell_rep, Ev, {lint_error, _, _, _} = Error} ->
            Error;
        {shell_rep, Ev, {value, _, _, _} = Value} ->
            receive
                {'EXIT', Ev, Reason} -> {killed, Reason}
            after 0 -> Value
            end;
        {shell_rep, Ev, {exception, _, _, _} = Exception} ->
            receive {'EXIT', Ev, _} -> ok end,
            Exception;
        {'EXIT', Ev, Reason} ->
            {killed, Reason};
        {tty_interrupt} ->
            exit(Ev, kill),
            wait_eval(Ev)
    end.

report(Class, Reason, Stack) ->
    Opts = [{line_length, columns()}, {encoding, encoding()}],
    io:put_chars(beamlet:format_exception(Class, Reason, Stack, Opts)).

print_opts(Column) ->
    [{column, Column}, {line_length, columns()}, {depth, 30}, {line_max_chars, 60},
     {encoding, encoding()}].

%% A terminal is read and written as UTF-8; a pipe is latin1, as erl has it.
encoding() ->
    case beamlet:tty_interactive() of
        true -> unicode;
        false -> latin1
    end.

columns() ->
    case io:columns() of
        {ok, N} when N > 0 -> N;
        _ -> 80
    end.

new_evaluator(#st{bs = Bs, dict = Dict}) ->
    spawn_link(?MODULE, evaluator, [self(), Bs, Dict]).

%% ---- the evaluator process ---------------------------------------------

evaluator(Server, _Bs, Dict) ->
    [put(K, V) || {K, V} <- Dict],
    eval_loop(Server).

eval_loop(Server) ->
    receive
        {eval, Server, Source, Exprs, Bs, Hist} ->
            Local = {eval, fun(Name, Args, Bs1) -> local(Name, Args, Bs1, Hist) end},
            try eval_exprs(Source, 1, Exprs, Bs, Local, ok) of
                {value, V, Bs2} ->
                    Server ! {shell_rep, self(), {value, V, Bs2, get()}},
                    eval_loop(Server);
                {lint_error, Pos, Msg} ->
                    Server ! {shell_rep, self(), {lint_error, Pos, Msg, get()}},
                    eval_loop(Server)
            catch
                Class:Reason:Stack ->
                    %% as OTP: linked processes get {Reason, Stack} (before
                    %% the server hears of it); the evaluator itself ends
                    %% normally, so nothing is reported
                    {links, Links} = process_info(self(), links),
                    [exit(P, {Reason, Stack}) || P <- Links, P =/= Server],
                    Server ! {shell_rep, self(), {exception, Class, Reason, Stack}},
                    exit(normal)
            end
    end.

%% Each expression is checked (unbound variables ...) with the bindings it
%% will run with, then run.
eval_exprs(_, _, [], Bs, _, V) ->
    {value, V, Bs};
eval_exprs({Text, AtEof} = Source, I, [E | Es], Bs, Local, _) ->
    case beamlet:parse_command(Text, [Name || {Name, _} <- Bs], AtEof, I) of
        {lint_error, _, [{Pos, Msg} | _], _} ->
            {lint_error, Pos, Msg};
        _ ->
            {value, V, Bs1} = erl_eval:expr(E, Bs, Local, nonlocal()),
            eval_exprs(Source, I + 1, Es, Bs1, Local, V)
    end.

lint_reason("variable '" ++ Rest) ->
    {unbound_var, list_to_atom(lists:takewhile(fun(C) -> C =/= $' end, Rest))};
lint_reason(Msg) -> Msg.

%% Local calls in a command are shell commands: the shell's own (f, b, h,
%% v, e) and then the c module's exports (c, l, flush, i, ...).
local(f, [], _Bs, _) ->
    {value, ok, erl_eval:new_bindings()};
local(f, [{var, _, Name}], Bs, _) ->
    {value, ok, erl_eval:del_binding(Name, Bs)};
local(b, [], Bs, _) ->
    [print_binding(Name, Value) || {Name, Value} <- lists:sort(Bs)],
    {value, ok, Bs};
local(h, [], Bs, Hist) ->
    [print_history(Entry) || Entry <- lists:reverse(Hist)],
    {value, ok, Bs};
local(Name, Args, Bs, Hist) ->
    {Values, Bs1} = eval_args(Args, Bs, Hist),
    Arity = length(Values),
    case shell_command(Name, Values, Hist) of
        {value, V} ->
            {value, V, Bs1};
        none ->
            code:ensure_loaded(c),
            case erlang:function_exported(c, Name, Arity) of
                true -> {value, apply(c, Name, Values), Bs1};
                false -> erlang:raise(error, {shell_undef, Name, Arity, []}, [{shell, shell_undef, 2, []}])
            end
    end.

eval_args(Args, Bs, Hist) ->
    Local = {eval, fun(N, As, B) -> local(N, As, B, Hist) end},
    erl_eval:expr_list(Args, Bs, Local, nonlocal()).

%% Calls of other modules' functions, as OTP's shell makes them: {M,F}
%% tuples are applied as funs were in old Erlang.
nonlocal() ->
    {value, fun({M, F}, As) -> apply(M, F, As);
               (Fun, As) -> apply(Fun, As)
            end}.

shell_command(f, [_], _) ->
    erlang:raise(error, function_clause, [{shell, f, 1, []}]);
shell_command(v, [N], Hist) ->
    case lists:keyfind(N, 1, Hist) of
        {_, _, V} -> {value, V};
        false -> erlang:raise(error, {bad_history, N}, [{shell, v, 1, []}])
    end;
shell_command(_, _, _) ->
    none.

%% A fun of the shell prints as its source, the rest as values.
print_binding(Name, Value) ->
    A = {1, 1},
    case erl_eval:fun_data(Value) of
        {fun_data, _, Clauses} ->
            Match = {match, A, {var, A, Name}, {'fun', A, {clauses, Clauses}}},
            io:format("~ts~n", [erl_pp:expr(Match, latin1)]);
        {named_fun_data, _, FName, Clauses} ->
            Match = {match, A, {var, A, Name}, {named_fun, A, FName, Clauses}},
            io:format("~ts~n", [erl_pp:expr(Match, latin1)]);
        false ->
            Prefix = atom_to_list(Name) ++ " = ",
            io:format("~ts~ts~n", [Prefix, io_lib_pretty:print(Value, print_opts(length(Prefix) + 1))])
    end.

print_history({N, Exprs, Value}) ->
    Head = integer_to_list(N) ++ ": ",
    io:format("~ts~ts~n-> ~ts~n", [Head, erl_pp:exprs(Exprs, length(Head), latin1),
                                   io_lib_pretty:print(Value, print_opts(4))]).

%% c: the shell's commands, as OTP's c module: compiling and loading,
%% looking at processes, modules and files.  c(Mod) compiles Mod.erl from
%% the current directory into Mod.bem there (where OTP writes Mod.beam),
%% purges the old code and loads the new.  The texts are OTP 25's.
-module(c).
-export([c/1, c/2, l/1, flush/0, i/0, regs/0, help/0, pwd/0, cd/1, ls/0, ls/1,
         m/1, q/0, memory/0, memory/1]).

c(Mod) -> c(Mod, []).

c(Mod, Opts) when is_atom(Mod) ->
    File = atom_to_list(Mod) ++ ".erl",
    case filelib:is_file(File) of
        true -> compile_and_load(File, Opts);
        false -> {error, non_existing}
    end;
c(File, Opts) when is_list(File) ->
    compile_and_load(File, Opts).

compile_and_load(File, Opts) ->
    case compile:file(File, [report_errors, report_warnings | Opts]) of
        {ok, Mod} ->
            Base = base_name(File),
            case atom_to_list(Mod) of
                Base ->
                    code:purge(Mod),
                    case code:load_abs("./" ++ Base) of
                        {module, Mod} -> {ok, Mod};
                        Other -> Other
                    end;
                _ ->
                    io:format("./~s.bem: Module name '~s' does not match file name '~s'~n",
                              [Base, Mod, Base]),
                    error
            end;
        {ok, Mod, _} ->
            {ok, Mod};
        error ->
            error
    end.

l(Mod) ->
    code:purge(Mod),
    code:load_file(Mod).

%% "dir/x.erl" -> "x"
base_name(File) ->
    Name = lists:last(string:split(File, "/", all)),
    case lists:suffix(".erl", Name) of
        true -> lists:sublist(Name, length(Name) - 4);
        false -> Name
    end.

%% ---- processes ------------------------------------------------------------

flush() ->
    receive
        Msg ->
            io:format("Shell got ~p~n", [Msg]),
            flush()
    after 0 ->
        ok
    end.

q() -> init:stop().

memory() -> erlang:memory().
memory(Type) -> erlang:memory(Type).

%% Two lines a process; on a terminal the listing stops every screenful to
%% ask "more (y/n)? (y) " as OTP's does.
i() ->
    iformat("Pid", "Initial Call", "Heap", "Reds", "Msgs"),
    iformat("Registered", "Current Function", "Stack", "", ""),
    Page = case io:rows() of
               {ok, R} when R > 3 -> R - 2;
               _ -> infinity
           end,
    {H, S, Rd, M} = i_list(processes(), Page, 2, {0, 0, 0, 0}),
    iformat("Total", "", w(H), w(Rd), w(M)),
    iformat("", "", w(S), "", "").

i_list([], _, _, Tot) -> Tot;
i_list(Pids, Rows, Shown, Tot) when is_integer(Rows), Shown >= Rows ->
    case io:get_line("more (y/n)? (y) ") of
        "n" ++ _ -> Tot;
        "q" ++ _ -> Tot;
        eof -> Tot;
        _ -> i_list(Pids, Rows, 0, Tot)
    end;
i_list([P | Ps], Rows, Shown, {H, S, Rd, M} = Tot) ->
    Items = [initial_call, current_function, heap_size, stack_size,
             reductions, message_queue_len, registered_name],
    case process_info(P, Items) of
        undefined ->
            i_list(Ps, Rows, Shown, Tot);
        Info ->
            [Ic, Cf, Hp, St, Rs, Ml, Rn] = [V || {_, V} <- Info],
            iformat(pid_to_list(P), mfa(Ic), w(Hp), w(Rs), w(Ml)),
            iformat(case Rn of [] -> ""; _ -> atom_to_list(Rn) end, mfa(Cf), w(St), "", ""),
            i_list(Ps, Rows, Shown + 2, {H + Hp, S + St, Rd + Rs, M + Ml})
    end.

iformat(A, B, C, D, E) ->
    io:format("~-21ts ~-33ts ~8s ~8s ~4s~n", [A, B, C, D, E]).

regs() ->
    io:format("~n** Registered procs on node ~w **~n", [node()]),
    io:format("~-21ts ~-12ts ~-25ts ~12s ~4s~n", ["Name", "Pid", "Initial Call", "Reds", "Msgs"]),
    [reg_line(Name) || Name <- lists:sort(registered())],
    io:format("~n** Registered ports on node ~w **~n", [node()]),
    io:format("~-21ts ~-15ts ~-40ts~n", ["Name", "Id", "Command"]),
    ok.

reg_line(Name) ->
    case whereis(Name) of
        Pid when is_pid(Pid) ->
            case process_info(Pid, [initial_call, reductions, message_queue_len]) of
                [{_, Ic}, {_, Rs}, {_, Ml}] ->
                    io:format("~-21ts ~-12ts ~-25ts ~12w ~4w~n",
                              [atom_to_list(Name), pid_to_list(Pid), mfa(Ic), Rs, Ml]);
                undefined ->
                    ok
            end;
        _ ->
            ok
    end.

mfa({M, F, A}) -> io_lib:format("~tw:~tw/~w", [M, F, A]);
mfa(_) -> "".

w(X) -> io_lib:format("~w", [X]).

%% ---- modules --------------------------------------------------------------

m(Mod) ->
    Info = Mod:module_info(),
    {exports, Exports} = lists:keyfind(exports, 1, Info),
    io:format("Module: ~tw~n", [Mod]),
    case lists:keyfind(md5, 1, Info) of
        {md5, <<N:128>>} -> io:format("MD5: ~32.16.0b~n", [N]);
        _ -> ok
    end,
    case code:which(Mod) of
        File when is_list(File) -> io:format("Object file: ~ts~n", [File]);
        _ -> ok
    end,
    Opts = case lists:keyfind(compile, 1, Info) of
               {compile, C} ->
                   case lists:keyfind(options, 1, C) of
                       {options, O} -> O;
                       false -> []
                   end;
               false -> []
           end,
    io:format("Compiler options:  ~p~n", [Opts]),
    io:format("Exports: ~n", []),
    print_exports(lists:keysort(1, Exports)).

%% Up to 16 exports one per line, indented; more in two columns, the first
%% half on the left.
print_exports(Exports) when length(Exports) > 16 ->
    {Left, Right} = lists:split(length(Exports) div 2, Exports),
    two_columns(Left, Right);
print_exports(Exports) ->
    [io:format("         ~tw/~w~n", [F, A]) || {F, A} <- Exports],
    ok.

two_columns([{F1, A1} | L], [{F2, A2} | R]) ->
    io:format("~-30ts~tw/~w~n", [io_lib:format("~tw/~w", [F1, A1]), F2, A2]),
    two_columns(L, R);
two_columns([], [{F, A} | R]) ->
    io:format("~-30ts~tw/~w~n", [" ", F, A]),
    two_columns([], R);
two_columns([], []) ->
    ok.

%% ---- files ----------------------------------------------------------------

pwd() ->
    {ok, Dir} = file:get_cwd(),
    io:format("~ts~n", [Dir]).

cd(Dir) ->
    _ = file:set_cwd(Dir),
    pwd().

ls() -> ls(".").

ls(Dir) ->
    case file:list_dir(Dir) of
        {ok, Names} ->
            ls_print(lists:sort(Names));
        {error, enotdir} ->
            ls_print([Dir]);
        {error, Why} ->
            io:format("~ts~n", [file_error(Why)])
    end.

file_error(enoent) -> "no such file or directory";
file_error(eacces) -> "permission denied";
file_error(Why) -> atom_to_list(Why).

%% Columns as wide as the longest name (at most 40) and 5 more; a line
%% ends when the next column would reach the 80th character.
ls_print(Names) ->
    Width = lists:min([lists:max([0 | [length(N) || N <- Names]]), 40]) + 5,
    ls_print(Names, Width, 0).

ls_print([], _, _) ->
    io:nl();
ls_print([Name | Names], Width, Len) ->
    io:format("~-*ts", [Width, Name]),
    case Len + 2 * Width >= 80 of
        true -> io:nl(), ls_print(Names, Width, 0);
        false -> ls_print(Names, Width, Len + Width)
    end.

%% ---- help -----------------------------------------------------------------

help() ->
    io:put_chars(
      "** shell internal commands **\n"
      "b()        -- display all variable bindings\n"
      "e(N)       -- repeat the expression in query <N>\n"
      "f()        -- forget all variable bindings\n"
      "f(X)       -- forget the binding of variable X\n"
      "h()        -- history\n"
      "v(N)       -- use the value of query <N>\n"
      "** commands in module c **\n"
      "c(Mod)     -- compile and load module or file <Mod>\n"
      "cd(Dir)    -- change working directory\n"
      "flush()    -- flush any messages sent to the shell\n"
      "help()     -- help info\n"
      "i()        -- information about the system\n"
      "l(Module)  -- load or reload module\n"
      "ls()       -- list files in the current directory\n"
      "ls(Dir)    -- list files in directory <Dir>\n"
      "m(Mod)     -- information about module <Mod>\n"
      "memory()   -- memory allocation information\n"
      "memory(T)  -- memory allocation information of type <T>\n"
      "pwd()      -- print working directory\n"
      "q()        -- quit - shorthand for init:stop()\n"
      "regs()     -- information about registered processes\n"),
    true.

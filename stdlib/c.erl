%% c: the shell's compile-and-load commands, as OTP's c module.
%% c(Mod) compiles Mod.erl from the current directory into Mod.bem there
%% (where OTP writes Mod.beam), purges the old code and loads the new.
-module(c).
-export([c/1, c/2, l/1]).

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

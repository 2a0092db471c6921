%% pipe_lines — io:get_line and io:read on piped input (pipe_lines.in):
%% prompts of every kind, terms over several lines and several terms on
%% one line, a last line without "\n", eof ever after.
-module(pipe_lines).
-export([main/1]).

main(_) ->
    show(io:get_line("1> ")),
    show(io:get_line(standard_io, <<"bin> ">>)),
    show(io:get_line(['io', $l, "ist", [<<"> ">>]])),
    show(io:get_line(prompt_atom)),
    show(io:get_line("")),
    show(io:read("read> ")),
    show(io:read("read> ")),
    show(io:read("read> ")),
    show(io:read("two on a line> ")),
    show(io:get_line("the rest> ")),
    show(io:get_line("after> ")),
    show(io:get_line("last> ")),
    show(io:get_line("eof> ")),
    show(io:get_line("eof again> ")),
    show(io:read("read at eof> ")),
    show({io:columns(), io:rows()}),
    io:format("done~n").

show(X) -> io:format("[~p]~n", [X]).

-module(syntax_error).
-export([main/1]).
main(_) -> 1 +.

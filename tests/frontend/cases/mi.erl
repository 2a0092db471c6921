-module(mi).
-export([f/0, module_info/0]).
f() -> {module_info(), module_info(module), fun module_info/1}.

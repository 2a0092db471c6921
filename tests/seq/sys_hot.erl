%% A hot upgrade of a gen_server through sys, as a release upgrade does it:
%% suspend, load the new version, change_code (the new code_change/3
%% converts the state), resume.  Then a downgrade (code_change runs in the
%% new code before the old one is loaded back), an upgrade to a version
%% whose code_change crashes (the server keeps its state and runs on), and
%% change_code on a server that is not suspended.
-module(sys_hot).
-export([main/1]).

file(V) -> "hot/gs_counter/v" ++ integer_to_list(V) ++ "/gs_counter.erl".

load(V) ->
    {ok, gs_counter, Bin} = compile:file(file(V), [binary]),
    io:format("load v~p: ~p~n", [V, code:load_binary(gs_counter, file(V), Bin)]).

show(Label, X) -> io:format("~s: ~p~n", [Label, X]).

main(_) ->
    load(1),
    {ok, Pid} = gs_counter:start_link(),
    gs_counter:inc(),
    gs_counter:inc(),
    show("get", gs_counter:get()),
    show("get_state", sys:get_state(gs_counter)),

    %% upgrade 1 -> 2
    show("suspend", sys:suspend(gs_counter)),
    load(2),
    show("change_code", sys:change_code(gs_counter, gs_counter, "1", my_extra)),
    show("resume", sys:resume(gs_counter)),
    show("get", gs_counter:get()),
    gs_counter:inc(),
    show("get_state", sys:get_state(gs_counter)),
    show("vsn", proplists:get_value(vsn, gs_counter:module_info(attributes))),
    show("same pid", whereis(gs_counter) =:= Pid),
    show("not suspended", sys:change_code(gs_counter, gs_counter, "1", [])),
    show("unknown vsn", begin
                            sys:suspend(gs_counter),
                            R = sys:change_code(gs_counter, gs_counter, "0", []),
                            sys:resume(gs_counter),
                            R
                        end),

    %% downgrade 2 -> 1: the new code converts back, then the old is loaded
    show("suspend", sys:suspend(gs_counter)),
    show("change_code down", sys:change_code(gs_counter, gs_counter, {down, "1"}, [])),
    load(1),
    show("resume", sys:resume(gs_counter)),
    show("get", gs_counter:get()),

    %% 1 -> 2 again, then 2 -> 3 whose code_change crashes
    sys:suspend(gs_counter),
    load(2),
    show("change_code", sys:change_code(gs_counter, gs_counter, "1", again)),
    load(3),
    show("crashing change_code",
         case sys:change_code(gs_counter, gs_counter, "2", []) of
             {error, {'EXIT', {R3, [_ | _]}}} -> {error, {'EXIT', {R3, stack}}};
             Other -> Other
         end),
    show("resume", sys:resume(gs_counter)),
    show("get", gs_counter:get()),
    show("alive", is_process_alive(Pid)),
    unlink(Pid),
    gen_server:stop(gs_counter),
    ok.

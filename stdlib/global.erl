%% global: names for processes, as OTP's global module gives them on a node
%% that is not distributed (beamlet has one node): register_name/2,3,
%% unregister_name/1, re_register_name/2, whereis_name/1, send/2,
%% registered_names/0.  A server process, global_name_server, started at
%% the first use, keeps the table and monitors each named process, so a
%% name goes when its process ends.  Name clashes between nodes (the
%% resolve function of register_name/3) cannot happen here.
-module(global).
-export([register_name/2, register_name/3, re_register_name/2, re_register_name/3,
         unregister_name/1, whereis_name/1, send/2, registered_names/0]).
-export([init/1]).

-define(SERVER, global_name_server).

register_name(Name, Pid) when is_pid(Pid) ->
    request({register, Name, Pid, false}).

register_name(Name, Pid, _Resolve) when is_pid(Pid) ->
    register_name(Name, Pid).

re_register_name(Name, Pid) when is_pid(Pid) ->
    request({register, Name, Pid, true}).

re_register_name(Name, Pid, _Resolve) when is_pid(Pid) ->
    re_register_name(Name, Pid).

unregister_name(Name) ->
    request({unregister, Name}).

whereis_name(Name) ->
    request({whereis, Name}).

registered_names() ->
    request(names).

send(Name, Msg) ->
    case whereis_name(Name) of
        Pid when is_pid(Pid) ->
            Pid ! Msg,
            Pid;
        undefined ->
            exit({badarg, {Name, Msg}})
    end.

%% ---- the server ---------------------------------------------------------

request(Req) ->
    Server = server(),
    Ref = erlang:monitor(process, Server),
    Server ! {?SERVER, self(), Ref, Req},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            Reply;
        {'DOWN', Ref, _, _, Why} ->
            exit(Why)
    end.

server() ->
    case whereis(?SERVER) of
        undefined ->
            Pid = spawn(?MODULE, init, [self()]),
            receive
                {?SERVER, Pid, started} -> Pid;
                {?SERVER, Pid, {already, Other}} -> Other
            end;
        Pid ->
            Pid
    end.

init(Starter) ->
    %% two processes may start one at the same time: the first to register wins
    case catch register(?SERVER, self()) of
        true ->
            Starter ! {?SERVER, self(), started},
            loop(#{});
        _ ->
            Starter ! {?SERVER, self(), {already, whereis(?SERVER)}}
    end.

%% Names: #{Name => {Pid, MonitorRef}}
loop(Names) ->
    receive
        {?SERVER, From, Ref, Req} ->
            {Reply, Names1} = handle(Req, Names),
            From ! {Ref, Reply},
            loop(Names1);
        {'DOWN', Mref, process, _, _} ->
            loop(maps:filter(fun(_, {_, M}) -> M =/= Mref end, Names))
    end.

handle({register, Name, Pid, Replace}, Names) ->
    Taken = lists:any(fun({_, {P, _}}) -> P =:= Pid end, maps:to_list(Names)),
    case maps:find(Name, Names) of
        {ok, {Old, M}} when Replace ->
            erlang:demonitor(M, [flush]),
            register_new(Name, Pid, maps:remove(Name, Names), Old);
        {ok, _} ->
            {no, Names};
        error when Taken ->
            %% one name a process, as OTP's global insists (and reports)
            Others = [N || {N, {P, _}} <- maps:to_list(Names), P =:= Pid],
            Text = io_lib:format("global: ~w registered under several names: ~w~n~n",
                                 [Pid, lists:sort([Name | Others])]),
            beamlet:report("ERROR REPORT", Text),
            {no, Names};
        error ->
            register_new(Name, Pid, Names, none)
    end;
handle({unregister, Name}, Names) ->
    case maps:find(Name, Names) of
        {ok, {_, M}} ->
            erlang:demonitor(M, [flush]),
            {ok, maps:remove(Name, Names)};
        error ->
            {ok, Names}
    end;
handle({whereis, Name}, Names) ->
    case maps:find(Name, Names) of
        {ok, {Pid, _}} -> {Pid, Names};
        error -> {undefined, Names}
    end;
handle(names, Names) ->
    {maps:keys(Names), Names}.

register_new(Name, Pid, Names, _Old) ->
    case is_process_alive(Pid) of
        true ->
            M = erlang:monitor(process, Pid),
            {yes, Names#{Name => {Pid, M}}};
        false ->
            {yes, Names}
    end.

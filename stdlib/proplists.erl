%% proplists — property lists as OTP 25's proplists module handles them.
%% A property is an atom A (short for {A, true}) or a tuple whose first
%% element is its key; any other list element is ignored. Keys match with =:=.
-module(proplists).

-export([property/1, property/2, unfold/1, compact/1, lookup/2,
         lookup_all/2, is_defined/2, get_value/2, get_value/3,
         get_all_values/2, append_values/2, get_bool/2, get_keys/1,
         delete/2, split/2, substitute_aliases/2, substitute_negations/2,
         to_map/1, to_map/2, from_map/1, expand/2, normalize/2]).

property({Key, true}) when is_atom(Key) -> Key;
property(P) -> P.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

unfold([P | Ps]) when is_atom(P) -> [{P, true} | unfold(Ps)];
unfold([P | Ps]) -> [P | unfold(Ps)];
unfold([]) -> [].

compact(L) -> [property(P) || P <- L].

%% has_key(Key, P): P is a property with key Key.
has_key(Key, P) when is_atom(P) -> P =:= Key;
has_key(Key, P) when tuple_size(P) >= 1 -> element(1, P) =:= Key;
has_key(_, _) -> false.

lookup(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> {Key, true};
       tuple_size(P) >= 1, element(1, P) =:= Key -> P;
       true -> lookup(Key, Ps)
    end;
lookup(_, []) -> none.

lookup_all(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
       tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
       true -> lookup_all(Key, Ps)
    end;
lookup_all(_, []) -> [].

is_defined(Key, [P | Ps]) ->
    case has_key(Key, P) of
        true -> true;
        false -> is_defined(Key, Ps)
    end;
is_defined(_, []) -> false.

get_value(Key, L) -> get_value(Key, L, undefined).

get_value(Key, [P | Ps], Default) ->
    if is_atom(P), P =:= Key -> true;
       tuple_size(P) >= 1, element(1, P) =:= Key ->
           case P of
               {_, Value} -> Value;
               _ -> Default
           end;
       true -> get_value(Key, Ps, Default)
    end;
get_value(_, [], Default) -> Default.

get_all_values(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> [true | get_all_values(Key, Ps)];
       tuple_size(P) >= 1, element(1, P) =:= Key ->
           case P of
               {_, Value} -> [Value | get_all_values(Key, Ps)];
               _ -> get_all_values(Key, Ps)
           end;
       true -> get_all_values(Key, Ps)
    end;
get_all_values(_, []) -> [].

append_values(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
       tuple_size(P) >= 1, element(1, P) =:= Key ->
           case P of
               {_, Value} when is_list(Value) -> Value ++ append_values(Key, Ps);
               {_, Value} -> [Value | append_values(Key, Ps)];
               _ -> append_values(Key, Ps)
           end;
       true -> append_values(Key, Ps)
    end;
append_values(_, []) -> [].

get_bool(Key, [P | Ps]) ->
    if is_atom(P), P =:= Key -> true;
       tuple_size(P) >= 1, element(1, P) =:= Key ->
           case P of
               {_, true} -> true;
               _ -> false
           end;
       true -> get_bool(Key, Ps)
    end;
get_bool(_, []) -> false.

%% OTP returns the keys in the order of its sets module; here they are sorted.
get_keys(L) -> lists:usort(get_keys_1(L)).

get_keys_1([P | Ps]) when is_atom(P) -> [P | get_keys_1(Ps)];
get_keys_1([P | Ps]) when tuple_size(P) >= 1 -> [element(1, P) | get_keys_1(Ps)];
get_keys_1([_ | Ps]) -> get_keys_1(Ps);
get_keys_1([]) -> [].

delete(Key, [P | Ps]) ->
    case has_key(Key, P) of
        true -> delete(Key, Ps);
        false -> [P | delete(Key, Ps)]
    end;
delete(_, []) -> [].

%% split(L, Keys): {[the properties of each key, in order], the rest}.
split(L, Keys) ->
    {Groups, Rest} = split_1(L, Keys, maps:from_list([{K, []} || K <- Keys]), []),
    {[lists:reverse(maps:get(K, Groups)) || K <- Keys], lists:reverse(Rest)}.

split_1([P | Ps], Keys, Groups, Rest) ->
    K = key_of(P),
    case K =/= '$none' andalso maps:is_key(K, Groups) of
        true -> split_1(Ps, Keys, Groups#{K := [P | maps:get(K, Groups)]}, Rest);
        false -> split_1(Ps, Keys, Groups, [P | Rest])
    end;
split_1([], _, Groups, Rest) -> {Groups, Rest}.

key_of(P) when is_atom(P) -> P;
key_of(P) when tuple_size(P) >= 1 -> element(1, P);
key_of(_) -> '$none'.

substitute_aliases(As, L) -> [substitute_alias(As, P) || P <- L].

substitute_alias([{Key, Key1} | As], P) ->
    if is_atom(P), P =:= Key -> property(Key1, true);
       tuple_size(P) >= 1, element(1, P) =:= Key -> property(setelement(1, P, Key1));
       true -> substitute_alias(As, P)
    end;
substitute_alias([], P) -> P.

substitute_negations(As, L) -> [substitute_negation(As, P) || P <- L].

substitute_negation([{Key, Key1} | As], P) ->
    if is_atom(P), P =:= Key -> property(Key1, false);
       tuple_size(P) >= 1, element(1, P) =:= Key ->
           case P of
               {_, true} -> {Key1, false};
               _ -> property(Key1, true)
           end;
       true -> substitute_negation(As, P)
    end;
substitute_negation([], P) -> P.

%% to_map(L): the first property of a key wins; atoms map to true, and a
%% tuple of another size than 2 hides the key.
to_map(L) ->
    lists:foldr(fun(P, M) when is_atom(P) -> M#{P => true};
                   ({K, V}, M) -> M#{K => V};
                   (P, M) when tuple_size(P) >= 1 -> maps:remove(element(1, P), M);
                   (_, M) -> M
                end, #{}, L).

to_map(L, Stages) -> to_map(apply_stages(L, Stages)).

from_map(M) -> maps:to_list(M).

%% expand(Expansions, L): each {Property, Expansion} replaces the first
%% property of L with Property's key by the list Expansion, provided that
%% property is Property itself (in the normal form property/1 gives);
%% the other properties with that key are then deleted. Otherwise that
%% first property is kept, in normal form. Expansions for the same
%% property next to each other count once (the first). In the result
%% every list element of the list, expansion or not, is spliced in.
expand(Es, L) when is_list(L) ->
    Es1 = drop_repeats([{property(P), V} || {P, V} <- Es]),
    splice(lists:foldl(fun({P, Expansion}, Acc) -> expand_one(P, Expansion, Acc) end,
                       L, Es1)).

drop_repeats([{P, _} = E, {P, _} | Es]) -> drop_repeats([E | Es]);
drop_repeats([E | Es]) -> [E | drop_repeats(Es)];
drop_repeats([]) -> [].

expand_one(P, Expansion, L) when is_atom(P) -> expand_first(P, P, Expansion, L);
expand_one(P, Expansion, L) when tuple_size(P) >= 1 ->
    expand_first(element(1, P), P, Expansion, L);
expand_one(_, _, L) -> L.

expand_first(Key, P, Expansion, [Q | Qs]) ->
    case has_key(Key, Q) of
        true ->
            case property(Q) of
                P -> [Expansion | delete(Key, Qs)];
                Q1 -> [Q1 | Qs]
            end;
        false -> [Q | expand_first(Key, P, Expansion, Qs)]
    end;
expand_first(_, _, _, []) -> [].

splice([E | Es]) when is_list(E) -> E ++ splice(Es);
splice([E | Es]) -> [E | splice(Es)];
splice([]) -> [].

%% normalize(L, Stages): the stages ({aliases, As}, {negations, Ns},
%% {expand, Es}) applied in order, then compact/1.
normalize(L, Stages) -> compact(apply_stages(L, Stages)).

apply_stages(L, [{aliases, As} | Stages]) -> apply_stages(substitute_aliases(As, L), Stages);
apply_stages(L, [{expand, Es} | Stages]) -> apply_stages(expand(Es, L), Stages);
apply_stages(L, [{negations, Ns} | Stages]) -> apply_stages(substitute_negations(Ns, L), Stages);
apply_stages(L, []) -> L.

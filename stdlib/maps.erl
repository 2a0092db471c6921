%% maps — OTP 25's maps module. get/2, find/2, put/3, update/3, remove/2,
%% take/2, is_key/2, keys/1, values/1, to_list/1, from_list/1, merge/2,
%% size/1 and new/0 are C BIFs (vm/bifs.def): the VM binds them over the
%% one-line bodies below, which only pass a local call on to them (a local
%% call does not go through the export table) and make them part of the
%% module's exports. Iteration follows maps:to_list/1, which for maps of up
%% to 32 keys is key term order, as OTP's.
-module(maps).

-export([get/2, find/2, put/3, update/3, remove/2, take/2, is_key/2,
         keys/1, values/1, to_list/1, from_list/1, merge/2, size/1, new/0]).
-export([get/3, fold/3, map/2, filter/2, filtermap/2, foreach/2,
         with/2, without/2, update_with/3, update_with/4,
         merge_with/3, intersect/2, intersect_with/3,
         iterator/1, next/1, from_keys/2,
         groups_from_list/2, groups_from_list/3]).

get(K, M) -> maps:get(K, M).
find(K, M) -> maps:find(K, M).
put(K, V, M) -> maps:put(K, V, M).
update(K, V, M) -> maps:update(K, V, M).
remove(K, M) -> maps:remove(K, M).
take(K, M) -> maps:take(K, M).
is_key(K, M) -> maps:is_key(K, M).
keys(M) -> maps:keys(M).
values(M) -> maps:values(M).
to_list(M) -> maps:to_list(M).
from_list(L) -> maps:from_list(L).
merge(M1, M2) -> maps:merge(M1, M2).
size(M) -> maps:size(M).
new() -> maps:new().

get(K, M, Default) when is_map(M) ->
    case M of
        #{K := V} -> V;
        #{} -> Default
    end;
get(K, M, Default) ->
    erlang:error({badmap, M}, [K, M, Default]).

fold(F, Acc, M) when is_function(F, 3), is_map(M) ->
    fold_1(F, Acc, maps:to_list(M));
fold(F, Acc, M) ->
    erlang:error(bad_map_or_fun(F, 3, M), [F, Acc, M]).

fold_1(F, Acc, [{K, V} | T]) -> fold_1(F, F(K, V, Acc), T);
fold_1(_, Acc, []) -> Acc.

map(F, M) when is_function(F, 2), is_map(M) ->
    maps:from_list(map_1(F, maps:to_list(M)));
map(F, M) ->
    erlang:error(bad_map_or_fun(F, 2, M), [F, M]).

map_1(F, [{K, V} | T]) ->
    V1 = F(K, V),
    [{K, V1} | map_1(F, T)];
map_1(_, []) -> [].

filter(F, M) when is_function(F, 2), is_map(M) ->
    maps:from_list(filter_1(F, maps:to_list(M)));
filter(F, M) ->
    erlang:error(bad_map_or_fun(F, 2, M), [F, M]).

filter_1(F, [{K, V} = P | T]) ->
    case F(K, V) of
        true -> [P | filter_1(F, T)];
        false -> filter_1(F, T)
    end;
filter_1(_, []) -> [].

filtermap(F, M) when is_function(F, 2), is_map(M) ->
    maps:from_list(filtermap_1(F, maps:to_list(M)));
filtermap(F, M) ->
    erlang:error(bad_map_or_fun(F, 2, M), [F, M]).

filtermap_1(F, [{K, V} | T]) ->
    case F(K, V) of
        true -> [{K, V} | filtermap_1(F, T)];
        {true, V1} -> [{K, V1} | filtermap_1(F, T)];
        false -> filtermap_1(F, T)
    end;
filtermap_1(_, []) -> [].

foreach(F, M) when is_function(F, 2), is_map(M) ->
    foreach_1(F, maps:to_list(M));
foreach(F, M) ->
    erlang:error(bad_map_or_fun(F, 2, M), [F, M]).

foreach_1(F, [{K, V} | T]) ->
    F(K, V),
    foreach_1(F, T);
foreach_1(_, []) -> ok.

%% The reason OTP gives when a higher-order maps function gets bad arguments.
bad_map_or_fun(F, A, _) when not is_function(F, A) -> badarg;
bad_map_or_fun(_, _, M) when not is_map(M) -> {badmap, M};
bad_map_or_fun(_, _, _) -> badarg.

%% update_with/3,4 check the map before the fun.
bad_map_then_fun(_, _, M) when not is_map(M) -> {badmap, M};
bad_map_then_fun(_, _, _) -> badarg.

with(Ks, M) when is_list(Ks), is_map(M) ->
    maps:from_list(with_1(Ks, M));
with(Ks, M) ->
    erlang:error(bad_list_or_map(Ks, M), [Ks, M]).

with_1([K | T], M) ->
    case M of
        #{K := V} -> [{K, V} | with_1(T, M)];
        #{} -> with_1(T, M)
    end;
with_1([], _) -> [].

without(Ks, M) when is_list(Ks), is_map(M) ->
    without_1(Ks, M);
without(Ks, M) ->
    erlang:error(bad_list_or_map(Ks, M), [Ks, M]).

without_1([K | T], M) -> without_1(T, maps:remove(K, M));
without_1([], M) -> M.

bad_list_or_map(_, M) when not is_map(M) -> {badmap, M};
bad_list_or_map(_, _) -> badarg.

update_with(K, F, M) when is_function(F, 1), is_map(M) ->
    case M of
        #{K := V} -> M#{K := F(V)};
        #{} -> erlang:error({badkey, K}, [K, F, M])
    end;
update_with(K, F, M) ->
    erlang:error(bad_map_then_fun(F, 1, M), [K, F, M]).

update_with(K, F, Init, M) when is_function(F, 1), is_map(M) ->
    case M of
        #{K := V} -> M#{K := F(V)};
        #{} -> M#{K => Init}
    end;
update_with(K, F, Init, M) ->
    erlang:error(bad_map_then_fun(F, 1, M), [K, F, Init, M]).

merge_with(F, M1, M2) when is_function(F, 3), is_map(M1), is_map(M2) ->
    fold_1(fun(K, V2, Acc) ->
                   case Acc of
                       #{K := V1} -> Acc#{K := F(K, V1, V2)};
                       #{} -> Acc#{K => V2}
                   end
           end, M1, maps:to_list(M2));
merge_with(F, M1, M2) ->
    erlang:error(bad_fun_two_maps(F, M1, M2), [F, M1, M2]).

intersect(M1, M2) when is_map(M1), is_map(M2) ->
    intersect_with(fun(_, _, V2) -> V2 end, M1, M2);
intersect(M1, M2) ->
    erlang:error(bad_two_maps(M1, M2), [M1, M2]).

intersect_with(F, M1, M2) when is_function(F, 3), is_map(M1), is_map(M2) ->
    maps:from_list([{K, F(K, V1, V2)} || {K, V1} <- maps:to_list(M1),
                                         V2 <- with_value(K, M2)]);
intersect_with(F, M1, M2) ->
    erlang:error(bad_fun_two_maps(F, M1, M2), [F, M1, M2]).

with_value(K, M) ->
    case M of
        #{K := V} -> [V];
        #{} -> []
    end.

bad_fun_two_maps(F, _, _) when not is_function(F, 3) -> badarg;
bad_fun_two_maps(_, M1, M2) -> bad_two_maps(M1, M2).

bad_two_maps(M1, _) when not is_map(M1) -> {badmap, M1};
bad_two_maps(_, M2) when not is_map(M2) -> {badmap, M2};
bad_two_maps(_, _) -> badarg.

%% An iterator is opaque in OTP; here it is {maps_iterator, Pairs}.
iterator(M) when is_map(M) -> {maps_iterator, maps:to_list(M)};
iterator(M) -> erlang:error({badmap, M}, [M]).

next({maps_iterator, [{K, V} | T]}) -> {K, V, {maps_iterator, T}};
next({maps_iterator, []}) -> none;
next(none) -> none;
next(I) -> erlang:error(badarg, [I]).

from_keys(Ks, V) when is_list(Ks) -> maps:from_list([{K, V} || K <- Ks]);
from_keys(Ks, V) -> erlang:error(badarg, [Ks, V]).

groups_from_list(F, L) when is_function(F, 1), is_list(L) ->
    groups(F, fun(X) -> X end, lists:reverse(L), #{});
groups_from_list(F, L) ->
    erlang:error(badarg, [F, L]).

groups_from_list(F, VF, L) when is_function(F, 1), is_function(VF, 1), is_list(L) ->
    groups(F, VF, lists:reverse(L), #{});
groups_from_list(F, VF, L) ->
    erlang:error(badarg, [F, VF, L]).

%% The list is walked from its end so each group keeps the list's order.
groups(F, VF, [X | T], Acc) ->
    K = F(X),
    V = VF(X),
    case Acc of
        #{K := Vs} -> groups(F, VF, T, Acc#{K := [V | Vs]});
        #{} -> groups(F, VF, T, Acc#{K => [V]})
    end;
groups(_, _, [], Acc) -> Acc.

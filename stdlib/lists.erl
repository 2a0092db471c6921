%% lists — list processing, behaving as OTP 25's lists module.
%% Written in beamlet's own language. reverse/2, member/2, keyfind/3,
%% keymember/3 and keysearch/3 are C BIFs (vm/bifs.def): the VM binds the C
%% version over the Erlang body given here, which states their meaning.
-module(lists).

-export([append/1, append/2, subtract/2, reverse/1, reverse/2, nth/2,
         nthtail/2, prefix/2, suffix/2, droplast/1, last/1, seq/2, seq/3,
         sum/1, duplicate/2, min/1, max/1, sublist/2, sublist/3, delete/2,
         unzip/1, unzip3/1, zip/2, zip3/3, zipwith/3, zipwith3/4,
         sort/1, sort/2, merge/1, merge/2, merge/3, merge3/3,
         usort/1, usort/2, umerge/1, umerge/2, umerge/3, umerge3/3,
         concat/1, flatten/1, flatten/2, flatlength/1,
         keydelete/3, keyreplace/4, keytake/3, keystore/4, keysort/2,
         keymerge/3, ukeysort/2, ukeymerge/3, keymap/3,
         rmerge/2, rmerge/3, rmerge3/3, rkeymerge/3,
         rumerge/2, rumerge/3, rumerge3/3, rukeymerge/3,
         member/2, keymember/3, keysearch/3, keyfind/3,
         all/2, any/2, map/2, flatmap/2, foldl/3, foldr/3, filter/2,
         partition/2, filtermap/2, zf/2, foreach/2, mapfoldl/3, mapfoldr/3,
         takewhile/2, dropwhile/2, search/2, splitwith/2, split/2, join/2,
         enumerate/1, enumerate/2, uniq/1, uniq/2]).

%% --- building and taking apart ---------------------------------------------

append(L1, L2) -> L1 ++ L2.

append([H | T]) -> H ++ append(T);
append([]) -> [].

subtract(L1, L2) -> L1 -- L2.

reverse([] = L) -> L;
reverse([_] = L) -> L;
reverse([A, B | T]) -> lists:reverse(T, [B, A]).   % the C BIF: badarg if improper

reverse([H | T], Acc) -> reverse(T, [H | Acc]);
reverse([], Acc) -> Acc.

nth(N, L) when is_integer(N), N > 0 -> nth_1(N, L).

nth_1(1, [H | _]) -> H;
nth_1(N, [_ | T]) -> nth_1(N - 1, T).

nthtail(N, L) when is_integer(N), N >= 0 -> nthtail_1(N, L).

nthtail_1(0, L) -> L;
nthtail_1(N, [_ | T]) when N > 0 -> nthtail_1(N - 1, T).

prefix([X | P], [X | L]) -> prefix(P, L);
prefix([], L) when is_list(L) -> true;
prefix([_ | _], L) when is_list(L) -> false.

suffix(Suffix, L) ->
    Delta = length(L) - length(Suffix),
    Delta >= 0 andalso nthtail(Delta, L) =:= Suffix.

droplast([_]) -> [];
droplast([H | T]) -> [H | droplast(T)].

last([H | T]) -> last(H, T).

last(_, [H | T]) -> last(H, T);
last(H, []) -> H.

seq(First, Last)
  when is_integer(First), is_integer(Last), First - 1 =< Last ->
    seq_down(Last - First + 1, Last, []).

seq_down(0, _, Acc) -> Acc;
seq_down(N, X, Acc) -> seq_down(N - 1, X - 1, [X | Acc]).

seq(First, Last, Inc)
  when is_integer(First), is_integer(Last), is_integer(Inc),
       (Inc > 0 andalso First - Inc =< Last) orelse
       (Inc < 0 andalso First - Inc >= Last) ->
    N = (Last - First + Inc) div Inc,
    seq_step(N, Inc * (N - 1) + First, Inc, []);
seq(Same, Same, 0) when is_integer(Same) ->
    [Same];
seq(First, Last, Inc) ->
    erlang:error(badarg, [First, Last, Inc]).

seq_step(0, _, _, Acc) -> Acc;
seq_step(N, X, Inc, Acc) -> seq_step(N - 1, X - Inc, Inc, [X | Acc]).

sum(L) -> sum(L, 0).

sum([H | T], Acc) -> sum(T, Acc + H);
sum([], Acc) -> Acc.

duplicate(N, X) when is_integer(N), N >= 0 -> duplicate(N, X, []).

duplicate(0, _, Acc) -> Acc;
duplicate(N, X, Acc) -> duplicate(N - 1, X, [X | Acc]).

min([H | T]) -> min_1(T, H).

min_1([H | T], Min) when H < Min -> min_1(T, H);
min_1([_ | T], Min) -> min_1(T, Min);
min_1([], Min) -> Min.

max([H | T]) -> max_1(T, H).

max_1([H | T], Max) when H > Max -> max_1(T, H);
max_1([_ | T], Max) -> max_1(T, Max);
max_1([], Max) -> Max.

sublist(L, N) when is_integer(N), is_list(L) -> sublist_1(L, N).

sublist_1([H | T], N) when N > 0 -> [H | sublist_1(T, N - 1)];
sublist_1(_, 0) -> [];
sublist_1(L, N) when is_list(L), N > 0 -> [].

sublist(L, Start, Len) when is_list(L), is_integer(Start), Start >= 1 ->
    sublist_skip(L, Start, Len).

sublist_skip(L, 1, Len) -> sublist(L, Len);
sublist_skip([_ | T], Start, Len) -> sublist_skip(T, Start - 1, Len);
sublist_skip([], _, _) -> [].

delete(X, [X | T]) -> T;
delete(X, [H | T]) -> [H | delete(X, T)];
delete(_, []) -> [].

%% --- zipping -----------------------------------------------------------------

zip([X | Xs], [Y | Ys]) -> [{X, Y} | zip(Xs, Ys)];
zip([], []) -> [].

zip3([X | Xs], [Y | Ys], [Z | Zs]) -> [{X, Y, Z} | zip3(Xs, Ys, Zs)];
zip3([], [], []) -> [].

unzip(Ts) -> unzip(Ts, [], []).

unzip([{X, Y} | Ts], Xs, Ys) -> unzip(Ts, [X | Xs], [Y | Ys]);
unzip([], Xs, Ys) -> {reverse(Xs), reverse(Ys)}.

unzip3(Ts) -> unzip3(Ts, [], [], []).

unzip3([{X, Y, Z} | Ts], Xs, Ys, Zs) -> unzip3(Ts, [X | Xs], [Y | Ys], [Z | Zs]);
unzip3([], Xs, Ys, Zs) -> {reverse(Xs), reverse(Ys), reverse(Zs)}.

zipwith(F, [X | Xs], [Y | Ys]) ->
    V = F(X, Y),
    [V | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) ->
    V = F(X, Y, Z),
    [V | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

%% --- sorting and merging -------------------------------------------------------
%% A stable top-down merge sort: of two elements that compare equal (or for
%% which the ordering fun says either may come first), the earlier stays first.
%% OTP's sort/1 and keysort/2 are not stable for elements that are == but not
%% =:= (1 and 1.0): there the relative order of such elements can differ.

sort(L) -> sort(fun(A, B) -> A =< B end, L).

sort(F, [] = L) when is_function(F, 2) -> L;
sort(F, [_] = L) when is_function(F, 2) -> L;
sort(F, [_, _ | _] = L) when is_function(F, 2) -> msort(F, L, length(L)).

%% msort(F, L, N): the sorted first N elements of L.
msort(_, [X | _], 1) -> [X];
msort(F, L, N) ->
    H = N div 2,
    merge_fun(F, msort(F, L, H), msort(F, nthtail(H, L), N - H)).

merge_fun(F, [A | As] = L1, [B | Bs] = L2) ->
    case F(A, B) of
        true -> [A | merge_fun(F, As, L2)];
        false -> [B | merge_fun(F, L1, Bs)]
    end;
merge_fun(_, [], L2) -> L2;
merge_fun(_, L1, []) -> L1.

merge(L1, L2) when is_list(L1), is_list(L2) ->
    merge_fun(fun(A, B) -> A =< B end, L1, L2).

merge(F, L1, L2) when is_function(F, 2), is_list(L1), is_list(L2) ->
    merge_fun(F, L1, L2).

merge(Ls) -> foldl(fun(L, Acc) -> merge(Acc, L) end, [], Ls).

merge3(L1, L2, L3) -> merge(merge(L1, L2), L3).

usort(L) -> usort(fun(A, B) -> A =< B end, L).

usort(F, L) when is_function(F, 2) -> dedup(F, sort(F, L)).

%% dedup(F, Sorted): drop an element that is equal (by F both ways) to the
%% one kept before it; the first of a run of equal elements is kept.
dedup(F, [A, B | T]) ->
    case F(B, A) of
        true -> dedup(F, [A | T]);
        false -> [A | dedup(F, [B | T])]
    end;
dedup(_, L) -> L.

umerge(L1, L2) -> umerge(fun(A, B) -> A =< B end, L1, L2).

umerge(F, L1, L2) when is_function(F, 2), is_list(L1), is_list(L2) ->
    dedup(F, merge_fun(F, L1, L2)).

umerge(Ls) -> foldl(fun(L, Acc) -> umerge(Acc, L) end, [], Ls).

umerge3(L1, L2, L3) -> umerge(umerge(L1, L2), L3).

keysort(N, L) when is_integer(N), N > 0 ->
    sort(fun(A, B) -> element(N, A) =< element(N, B) end, L).

ukeysort(N, L) when is_integer(N), N > 0 ->
    usort(fun(A, B) -> element(N, A) =< element(N, B) end, L).

keymerge(N, L1, L2) when is_integer(N), N > 0 ->
    merge(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2).

ukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    umerge(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2).

%% The r* merges are exported by OTP for its sort functions: they merge
%% lists sorted in the reverse of the order (=<, F, or the key's =<). Of
%% two equal elements the one from the second list comes first (rmerge,
%% rkeymerge); the u* ones keep the first list's and drop the other.
rmerge(L1, L2) -> rmerge_fun(fun(A, B) -> A =< B end, L1, L2).

rmerge(F, L1, L2) when is_function(F, 2) -> rmerge_fun(F, L1, L2).

rmerge3(L1, L2, L3) -> rmerge(rmerge(L1, L2), L3).

rkeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    rmerge_fun(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2).

rmerge_fun(F, [A | As] = L1, [B | Bs] = L2) ->
    case F(A, B) of
        true -> [B | rmerge_fun(F, L1, Bs)];
        false -> [A | rmerge_fun(F, As, L2)]
    end;
rmerge_fun(_, [], L2) -> L2;
rmerge_fun(_, L1, []) -> L1.

rumerge(L1, L2) -> rumerge_fun(fun(A, B) -> A =< B end, L1, L2).

rumerge(F, L1, L2) when is_function(F, 2) -> rumerge_fun(F, L1, L2).

rumerge3(L1, L2, L3) -> rumerge(rumerge(L1, L2), L3).

rukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    rumerge_fun(fun(A, B) -> element(N, A) =< element(N, B) end, L1, L2).

rumerge_fun(F, [A | As] = L1, [B | Bs] = L2) ->
    case F(A, B) of
        true ->
            case F(B, A) of
                true -> [A | rumerge_fun(F, As, Bs)];
                false -> [B | rumerge_fun(F, L1, Bs)]
            end;
        false -> [A | rumerge_fun(F, As, L2)]
    end;
rumerge_fun(_, [], L2) -> L2;
rumerge_fun(_, L1, []) -> L1.

%% --- flattening ----------------------------------------------------------------

concat(Things) -> flatten(map(fun thing_to_list/1, Things)).

thing_to_list(X) when is_integer(X) -> integer_to_list(X);
thing_to_list(X) when is_float(X) -> float_to_list(X);
thing_to_list(X) when is_atom(X) -> atom_to_list(X);
thing_to_list(X) when is_list(X) -> X.

flatten(L) when is_list(L) -> flatten(L, []).

flatten(L, Tail) when is_list(L), is_list(Tail) -> do_flatten(L, Tail).

do_flatten([H | T], Tail) when is_list(H) -> do_flatten(H, do_flatten(T, Tail));
do_flatten([H | T], Tail) -> [H | do_flatten(T, Tail)];
do_flatten([], Tail) -> Tail.

flatlength(L) -> flatlength(L, 0).

flatlength([H | T], N) when is_list(H) -> flatlength(T, flatlength(H, N));
flatlength([_ | T], N) -> flatlength(T, N + 1);
flatlength([], N) -> N.

%% --- tuple lists -------------------------------------------------------------

member(X, [X | _]) -> true;
member(X, [_ | T]) -> member(X, T);
member(_, []) -> false.

keyfind(K, N, [H | T]) when is_integer(N), N > 0 ->
    case is_tuple(H) andalso tuple_size(H) >= N andalso element(N, H) == K of
        true -> H;
        false -> keyfind(K, N, T)
    end;
keyfind(_, N, []) when is_integer(N), N > 0 -> false.

keymember(K, N, L) -> keyfind(K, N, L) =/= false.

keysearch(K, N, L) ->
    case keyfind(K, N, L) of
        false -> false;
        T -> {value, T}
    end.

keydelete(K, N, L) when is_integer(N), N > 0 -> keydelete_1(K, N, L).

keydelete_1(K, N, [H | T]) when element(N, H) == K -> T;
keydelete_1(K, N, [H | T]) -> [H | keydelete_1(K, N, T)];
keydelete_1(_, _, []) -> [].

keyreplace(K, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keyreplace_1(K, N, L, New).

keyreplace_1(K, N, [H | T], New) when element(N, H) == K -> [New | T];
keyreplace_1(K, N, [H | T], New) -> [H | keyreplace_1(K, N, T, New)];
keyreplace_1(_, _, [], _) -> [].

keytake(K, N, L) when is_integer(N), N > 0 -> keytake(K, N, L, []).

keytake(K, N, [H | T], Acc) when element(N, H) == K -> {value, H, reverse(Acc, T)};
keytake(K, N, [H | T], Acc) -> keytake(K, N, T, [H | Acc]);
keytake(_, _, [], _) -> false.

keystore(K, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    keystore_1(K, N, L, New).

keystore_1(K, N, [H | T], New) when element(N, H) == K -> [New | T];
keystore_1(K, N, [H | T], New) -> [H | keystore_1(K, N, T, New)];
keystore_1(_, _, [], New) -> [New].

keymap(F, N, [H | T]) ->
    V = setelement(N, H, F(element(N, H))),
    [V | keymap(F, N, T)];
keymap(F, N, []) when is_function(F, 1), is_integer(N), N > 0 -> [].

%% --- higher order ------------------------------------------------------------

%% As in OTP 25, a bad fun is a function_clause at entry; for map, all, any
%% and foldl a first argument that is not a list is a case_clause.

all(F, L) when is_function(F, 1) ->
    case L of
        [H | T] -> all_1(F, H, T);
        [] -> true
    end.

all_1(F, H, T) ->
    case F(H) of
        true -> all_2(F, T);
        false -> false
    end.

all_2(F, [H | T]) -> all_1(F, H, T);
all_2(_, []) -> true.

any(F, L) when is_function(F, 1) ->
    case L of
        [H | T] -> any_1(F, H, T);
        [] -> false
    end.

any_1(F, H, T) ->
    case F(H) of
        true -> true;
        false -> any_2(F, T)
    end.

any_2(F, [H | T]) -> any_1(F, H, T);
any_2(_, []) -> false.

map(F, L) when is_function(F, 1) ->
    case L of
        [H | T] ->
            V = F(H),
            [V | map_1(F, T)];
        [] -> []
    end.

map_1(F, [H | T]) ->
    V = F(H),
    [V | map_1(F, T)];
map_1(_, []) -> [].

flatmap(F, L) when is_function(F, 1) -> flatmap_1(F, L).

flatmap_1(F, [H | T]) ->
    V = F(H),
    V ++ flatmap_1(F, T);
flatmap_1(_, []) -> [].

foldl(F, Acc, L) when is_function(F, 2) ->
    case L of
        [H | T] -> foldl_1(F, F(H, Acc), T);
        [] -> Acc
    end.

foldl_1(F, Acc, [H | T]) -> foldl_1(F, F(H, Acc), T);
foldl_1(_, Acc, []) -> Acc.

foldr(F, Acc, L) when is_function(F, 2) -> foldr_1(F, Acc, L).

foldr_1(F, Acc, [H | T]) -> F(H, foldr_1(F, Acc, T));
foldr_1(_, Acc, []) -> Acc.

filter(F, L) when is_function(F, 1) -> [X || X <- L, F(X)].

partition(F, L) when is_function(F, 1) -> partition(F, L, [], []).

partition(F, [H | T], Ys, Ns) ->
    case F(H) of
        true -> partition(F, T, [H | Ys], Ns);
        false -> partition(F, T, Ys, [H | Ns])
    end;
partition(_, [], Ys, Ns) -> {reverse(Ys), reverse(Ns)}.

filtermap(F, L) when is_function(F, 1) -> filtermap_1(F, L).

filtermap_1(F, [H | T]) ->
    case F(H) of
        false -> filtermap_1(F, T);
        true -> [H | filtermap_1(F, T)];
        {true, V} -> [V | filtermap_1(F, T)]
    end;
filtermap_1(_, []) -> [].

zf(F, L) -> filtermap(F, L).

foreach(F, L) when is_function(F, 1) -> foreach_1(F, L).

foreach_1(F, [H | T]) ->
    F(H),
    foreach_1(F, T);
foreach_1(_, []) -> ok.

mapfoldl(F, Acc, L) when is_function(F, 2) -> mapfoldl_1(F, Acc, L).

mapfoldl_1(F, Acc, [H | T]) ->
    {V, Acc1} = F(H, Acc),
    {Vs, Acc2} = mapfoldl_1(F, Acc1, T),
    {[V | Vs], Acc2};
mapfoldl_1(_, Acc, []) -> {[], Acc}.

mapfoldr(F, Acc, [H | T]) ->
    {Vs, Acc1} = mapfoldr(F, Acc, T),
    {V, Acc2} = F(H, Acc1),
    {[V | Vs], Acc2};
mapfoldr(F, Acc, []) when is_function(F, 2) -> {[], Acc}.

takewhile(F, L) when is_function(F, 1) -> takewhile_1(F, L).

takewhile_1(F, [H | T]) ->
    case F(H) of
        true -> [H | takewhile_1(F, T)];
        false -> []
    end;
takewhile_1(_, []) -> [].

dropwhile(F, L) when is_function(F, 1) -> dropwhile_1(F, L).

dropwhile_1(F, [H | T] = L) ->
    case F(H) of
        true -> dropwhile_1(F, T);
        false -> L
    end;
dropwhile_1(_, []) -> [].

search(F, L) when is_function(F, 1) -> search_1(F, L).

search_1(F, [H | T]) ->
    case F(H) of
        true -> {value, H};
        false -> search_1(F, T)
    end;
search_1(_, []) -> false.

splitwith(F, L) when is_function(F, 1) -> splitwith(F, L, []).

splitwith(F, [H | T], Acc) ->
    case F(H) of
        true -> splitwith(F, T, [H | Acc]);
        false -> {reverse(Acc), [H | T]}
    end;
splitwith(_, [], Acc) -> {reverse(Acc), []}.

split(N, L) when is_integer(N), N >= 0, is_list(L) ->
    case split_1(N, L, []) of
        {_, _} = R -> R;
        badarg -> erlang:error(badarg, [N, L])
    end;
split(N, L) ->
    erlang:error(badarg, [N, L]).

split_1(0, L, Acc) -> {reverse(Acc), L};
split_1(N, [H | T], Acc) -> split_1(N - 1, T, [H | Acc]);
split_1(_, _, _) -> badarg.

join(Sep, [H | T]) -> [H | join_1(Sep, T)];
join(_, []) -> [].

join_1(Sep, [H | T]) -> [Sep, H | join_1(Sep, T)];
join_1(_, []) -> [].

enumerate(L) -> enumerate(1, L).

enumerate(I, L) when is_integer(I), is_list(L) -> enumerate_1(I, L).

enumerate_1(I, [H | T]) -> [{I, H} | enumerate_1(I + 1, T)];
enumerate_1(_, []) -> [].

uniq(L) -> uniq_1(L, #{}).

uniq_1([X | T], Seen) ->
    case Seen of
        #{X := _} -> uniq_1(T, Seen);
        #{} -> [X | uniq_1(T, Seen#{X => true})]
    end;
uniq_1([], _) -> [].

uniq(F, L) when is_function(F, 1) -> uniq_2(F, L, #{}).

uniq_2(F, [X | T], Seen) ->
    K = F(X),
    case Seen of
        #{K := _} -> uniq_2(F, T, Seen);
        #{} -> [X | uniq_2(F, T, Seen#{K => true})]
    end;
uniq_2(_, [], _) -> [].

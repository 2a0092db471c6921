%% queue — FIFO queues as OTP 25's queue module, all three APIs (original,
%% extended, Okasaki). A queue is {Rear, Front}: Front holds the oldest items
%% in order, Rear the newest in reverse. The way items move between the two
%% lists is OTP's exactly, so that a queue prints as it does on OTP and two
%% queues built by the same calls compare equal (=:=) on both.
%% Invariant kept by every operation: when one list is empty, the other holds
%% at most one item (so get/peek/out of either end is cheap).
%% Bad arguments raise badarg, an empty queue where an item is needed empty,
%% each with the call's arguments, as OTP.
-module(queue).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1,
         member/2, in/2, in_r/2, out/1, out_r/1,
         get/1, get_r/1, peek/1, peek_r/1, drop/1, drop_r/1,
         reverse/1, join/2, split/2, filter/2, filtermap/2, fold/3,
         any/2, all/2, delete/2, delete_r/2, delete_with/2, delete_with_r/2,
         cons/2, head/1, tail/1, snoc/2, last/1, daeh/1, init/1, liat/1,
         lait/1]).

-define(IS_Q(R, F), is_list(R), is_list(F)).

%% --- the original API -------------------------------------------------------

new() -> {[], []}.

is_queue({R, F}) when ?IS_Q(R, F) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({R, F}) when ?IS_Q(R, F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({R, F}) when ?IS_Q(R, F) -> length(R) + length(F);
len(Q) -> erlang:error(badarg, [Q]).

to_list({R, F}) when ?IS_Q(R, F) -> F ++ lists:reverse(R);
to_list(Q) -> erlang:error(badarg, [Q]).

from_list(L) when is_list(L) -> front_to_queue(L);
from_list(L) -> erlang:error(badarg, [L]).

member(X, {R, F}) when ?IS_Q(R, F) ->
    lists:member(X, R) orelse lists:member(X, F);
member(X, Q) -> erlang:error(badarg, [X, Q]).

%% in/2 on a one-item queue moves the item to the front, keeping the
%% invariant.
in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when ?IS_Q(R, F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when ?IS_Q(R, F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({[V], []}) -> {{value, V}, {[], []}};
out({[Y | R], []}) ->
    %% everything but the newest item turns around to become the front
    [V | F] = lists:reverse(R),
    {{value, V}, {[Y], F}};
out({R, [V]}) when is_list(R) -> {{value, V}, rear_to_queue(R)};
out({R, [V | F]}) when is_list(R) -> {{value, V}, {R, F}};
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({[], [V]}) -> {{value, V}, {[], []}};
out_r({[], [Y | F]}) ->
    [V | R] = lists:reverse(F),
    {{value, V}, {R, [Y]}};
out_r({[V], F}) when is_list(F) -> {{value, V}, front_to_queue(F)};
out_r({[V | R], F}) when is_list(F) -> {{value, V}, {R, F}};
out_r(Q) -> erlang:error(badarg, [Q]).

%% --- the extended API -------------------------------------------------------

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when ?IS_Q(R, F) -> first(R, F);
get(Q) -> erlang:error(badarg, [Q]).

first(R, [H | _]) when is_list(R) -> H;
first([H], []) -> H;
first([_ | R], []) -> lists:last(R).

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({[H | _], F}) when is_list(F) -> H;
get_r({[], [H]}) -> H;
get_r({[], [_ | F]}) -> lists:last(F);
get_r(Q) -> erlang:error(badarg, [Q]).

peek({[], []}) -> empty;
peek({R, F}) when ?IS_Q(R, F) -> {value, first(R, F)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({[H | _], F}) when is_list(F) -> {value, H};
peek_r({[], [H]}) -> {value, H};
peek_r({[], [_ | F]}) -> {value, lists:last(F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({[_], []}) -> {[], []};
drop({[Y | R], []}) ->
    [_ | F] = lists:reverse(R),
    {[Y], F};
drop({R, [_]}) when is_list(R) -> rear_to_queue(R);
drop({R, [_ | F]}) when is_list(R) -> {R, F};
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({[], [_]}) -> {[], []};
drop_r({[], [Y | F]}) ->
    [_ | R] = lists:reverse(F),
    {R, [Y]};
drop_r({[_], F}) when is_list(F) -> front_to_queue(F);
drop_r({[_ | R], F}) when is_list(F) -> {R, F};
drop_r(Q) -> erlang:error(badarg, [Q]).

reverse({R, F}) when ?IS_Q(R, F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

join({R, F} = Q, {[], []}) when ?IS_Q(R, F) -> Q;
join({[], []}, {R, F} = Q) when ?IS_Q(R, F) -> Q;
join({R1, F1}, {R2, F2}) when ?IS_Q(R1, F1), ?IS_Q(R2, F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

%% split(N, Q): the first N items and the rest. The cut is made in whichever
%% list holds item N, moving only the items between the cut and that list's
%% end.
split(0, {R, F} = Q) when ?IS_Q(R, F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, ?IS_Q(R, F) ->
    LenF = length(F),
    if
        N < LenF ->
            [X | F1] = F,
            take_front(N - 1, R, F1, [], [X]);
        N > LenF ->
            Keep = length(R) - (N - LenF),
            if
                Keep < 0 -> erlang:error(badarg, [N, Q]);
                Keep > 0 ->
                    [X | R1] = R,
                    take_rear(Keep - 1, R1, F, [X], []);
                true -> {Q, {[], []}}
            end;
        true ->
            {front_to_queue(F), rear_to_queue(R)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

%% take_front: moves N more items from the front of the second queue to
%% the rear of the first.
take_front(0, R1, F1, R2, F2) -> {{R2, F2}, {R1, F1}};
take_front(N, R1, [X | F1], R2, F2) -> take_front(N - 1, R1, F1, [X | R2], F2).

%% take_rear: moves N more items from the rear of the first queue to the
%% front of the second.
take_rear(0, R1, F1, R2, F2) -> {{R1, F1}, {R2, F2}};
take_rear(N, [X | R1], F1, R2, F2) -> take_rear(N - 1, R1, F1, R2, [X | F2]).

%% filter(Fun, Q): Fun returns true, false, or a list of items to put in
%% the element's place.
filter(Fun, {R0, F0}) when is_function(Fun, 1), ?IS_Q(R0, F0) ->
    F = filter_front(Fun, F0),
    R = filter_rear(Fun, R0),
    rebalance(R, F);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filter_front(_, []) -> [];
filter_front(Fun, [X | F]) ->
    case Fun(X) of
        true -> [X | filter_front(Fun, F)];
        false -> filter_front(Fun, F);
        L when is_list(L) -> L ++ filter_front(Fun, F)
    end.

%% the rear is newest first: call Fun from the oldest end, as OTP does
filter_rear(_, []) -> [];
filter_rear(Fun, [X | R0]) ->
    R = filter_rear(Fun, R0),
    case Fun(X) of
        true -> [X | R];
        false -> R;
        L when is_list(L) -> lists:reverse(L, R)
    end.

filtermap(Fun, {R0, F0}) when is_function(Fun, 1), ?IS_Q(R0, F0) ->
    F = lists:filtermap(Fun, F0),
    R = filtermap_rear(Fun, R0),
    rebalance(R, F);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filtermap_rear(_, []) -> [];
filtermap_rear(Fun, [X | R0]) ->
    R = filtermap_rear(Fun, R0),
    case Fun(X) of
        true -> [X | R];
        {true, Y} -> [Y | R];
        false -> R
    end.

rebalance([], F) -> front_to_queue(F);
rebalance(R, []) -> rear_to_queue(R);
rebalance(R, F) -> {R, F}.

fold(Fun, Acc0, {R, F}) when is_function(Fun, 2), ?IS_Q(R, F) ->
    lists:foldr(Fun, lists:foldl(Fun, Acc0, F), R);
fold(Fun, Acc0, Q) -> erlang:error(badarg, [Fun, Acc0, Q]).

any(Pred, {R, F}) when is_function(Pred, 1), ?IS_Q(R, F) ->
    lists:any(Pred, F) orelse lists:any(Pred, R);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

all(Pred, {R, F}) when is_function(Pred, 1), ?IS_Q(R, F) ->
    lists:all(Pred, F) andalso lists:all(Pred, R);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% delete(Item, Q): removes the oldest item =:= Item.
delete(Item, {R0, F0} = Q) when ?IS_Q(R0, F0) ->
    remove_first(fun(X) -> X =:= Item end, Q);
delete(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_r(Item, {R0, F0}) when ?IS_Q(R0, F0) ->
    {F1, R1} = delete(Item, {F0, R0}),
    {R1, F1};
delete_r(Item, Q) -> erlang:error(badarg, [Item, Q]).

delete_with(Pred, {R0, F0} = Q) when is_function(Pred, 1), ?IS_Q(R0, F0) ->
    remove_first(Pred, Q);
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_r(Pred, {R0, F0}) when is_function(Pred, 1), ?IS_Q(R0, F0) ->
    {F1, R1} = delete_with(Pred, {F0, R0}),
    {R1, F1};
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

%% remove_first(Pred, Q): Q without its oldest item for which Pred holds
%% (Q itself when there is none). Pred is called on the front from the
%% oldest item on, then on the rear from its oldest item (its end) on.
remove_first(Pred, {R0, F0} = Q) ->
    case remove_front(Pred, F0) of
        false ->
            case remove_rear(Pred, R0) of
                false -> Q;
                [] -> front_to_queue(F0);
                R1 -> {R1, F0}
            end;
        [] -> rear_to_queue(R0);
        F1 -> {R0, F1}
    end.

remove_front(Pred, [X | Rest]) ->
    case Pred(X) of
        true -> Rest;
        false ->
            case remove_front(Pred, Rest) of
                false -> false;
                F -> [X | F]
            end
    end;
remove_front(_, []) -> false.

remove_rear(Pred, [X | Rest]) ->
    case remove_rear(Pred, Rest) of
        false ->
            case Pred(X) of
                true -> Rest;
                false -> false
            end;
        R -> [X | R]
    end;
remove_rear(_, []) -> false.

%% --- the Okasaki API --------------------------------------------------------

cons(X, Q) -> in_r(X, Q).

head({[], []} = Q) -> erlang:error(empty, [Q]);
head({R, F}) when ?IS_Q(R, F) -> first(R, F);
head(Q) -> erlang:error(badarg, [Q]).

tail(Q) -> drop(Q).
snoc(Q, X) -> in(X, Q).
daeh(Q) -> get_r(Q).
last(Q) -> get_r(Q).
liat(Q) -> drop_r(Q).
lait(Q) -> drop_r(Q).
init(Q) -> drop_r(Q).

%% --- making a queue from one list -------------------------------------------

%% rear_to_queue(R): the queue whose rear list is R; half of it (the older
%% half) is turned around to become the front.
rear_to_queue([]) -> {[], []};
rear_to_queue([_] = R) -> {[], R};
rear_to_queue([Y, X]) -> {[Y], [X]};
rear_to_queue(R) ->
    {Newer, Older} = lists:split(length(R) div 2, R),
    {Newer, lists:reverse(Older)}.

%% front_to_queue(F): the queue whose front list is F; its newer half goes
%% to the rear.
front_to_queue([]) -> {[], []};
front_to_queue([_] = F) -> {F, []};
front_to_queue([X, Y]) -> {[Y], [X]};
front_to_queue(F) ->
    {Older, Newer} = lists:split(length(F) div 2, F),
    {lists:reverse(Newer), Older}.

%% lists: the less common functions and the errors for bad arguments
%% (function_clause, badarg, ...) as OTP 25's lists module raises them.
-module(std_lists).
-export([main/1]).

%% funs are not printed (their names differ between compilers)
printable(F) when is_function(F) -> 'F';
printable(X) -> X.

t(F) ->
    try F() catch C:R -> {C, R} end.

main(_) ->
    Cases = [
        {seq, [1, 5]}, {seq, [5, 1]}, {seq, [5, 4]}, {seq, [1, a]}, {seq, [1, 10, 3]},
        {seq, [10, 1, -3]}, {seq, [1, 1, 0]}, {seq, [1, 2, 0]}, {seq, [5, 1, 1]},
        {seq, [1, 0, 1]}, {seq, [1, 0, -1]}, {seq, [1.0, 3]},
        {nth, [1, [a, b]]}, {nth, [0, [a]]}, {nth, [2, [a]]}, {nth, [1, a]},
        {nthtail, [1, [a, b]]}, {nthtail, [2, [a]]}, {nthtail, [-1, [a]]}, {nthtail, [1, [a | b]]},
        {sublist, [[1, 2, 3], 0]}, {sublist, [[1, 2, 3], 5]}, {sublist, [[1, 2, 3], -1]},
        {sublist, [[1, 2, 3], 2, 5]}, {sublist, [[1, 2, 3], 4, 1]}, {sublist, [[1, 2, 3], 5, 1]},
        {sublist, [[1, 2, 3], 0, 1]}, {sublist, [[1, 2, 3], 4, 0]},
        {flatten, [[1, [2, [3]], []]]}, {flatten, [[1, [2, [3]]], [x]]}, {flatten, [a]},
        {flatlength, [[1, [2, [3]], "ab"]]},
        {zip, [[1, 2], [a, b]]}, {zip, [[1, 2], [a]]}, {zip3, [[1], [2], [3]]}, {zip3, [[1], [2], []]},
        {unzip, [[{1, 2}, {3, 4}]]}, {unzip3, [[{1, 2, 3}, {4, 5, 6}]]}, {unzip, [[{1, 2}, {3}]]},
        {zipwith, [fun erlang:'+'/2, [1, 2], [10, 20]]}, {zipwith, [fun erlang:'+'/2, [1], [2, 3]]},
        {zipwith3, [fun(A, B, C) -> A + B + C end, [1], [2], [3]]},
        {split, [2, [1, 2, 3]]}, {split, [4, [1, 2, 3]]}, {split, [-1, [1]]},
        {splitwith, [fun is_atom/1, [a, b, 1, c]]}, {partition, [fun is_atom/1, [a, 1, b]]},
        {search, [fun is_atom/1, [1, a]]}, {search, [fun is_atom/1, [1]]},
        {enumerate, [[a, b]]}, {enumerate, [5, [a, b]]}, {enumerate, [a, [a]]},
        {uniq, [[1, 2, 1, 1.0, 3]]}, {uniq, [fun(X) -> X rem 2 end, [1, 2, 3, 4]]},
        {foldl, [fun(X, A) -> [X | A] end, [], [1, 2]]}, {foldr, [fun(X, A) -> [X | A] end, [], [1, 2]]},
        {foldl, [fun(X, A) -> [X | A] end, [], a]},
        {mapfoldl, [fun(X, A) -> {X * 2, A + X} end, 0, [1, 2]]},
        {mapfoldr, [fun(X, A) -> {X * 2, [X | A]} end, [], [1, 2]]},
        {last, [[1, 2]]}, {last, [[]]}, {droplast, [[1, 2]]}, {droplast, [[]]},
        {min, [[3, 1, 2]]}, {min, [[]]}, {max, [[3, 1]]}, {sum, [[1, 2.5]]}, {sum, [[1, a]]},
        {duplicate, [-1, x]}, {duplicate, [2, x]},
        {sort, [[3, 1, 2]]}, {sort, [x]}, {usort, [[3, 1, 3, 2]]}, {usort, [x]},
        {sort, [fun(A, B) -> A >= B end, [1, 3, 2]]}, {usort, [fun(A, B) -> A >= B end, [1, 3, 2, 3]]},
        {keysort, [2, [{a, 2}, {b, 1}]]}, {keysort, [0, [{a, 2}]]}, {keysort, [3, [{a, 2}]]},
        {keysort, [3, [{a, 2}, {b, 1}]]}, {ukeysort, [1, [{a, 1}, {a, 2}, {b, 1}]]},
        {keymerge, [1, [{a, 1}], [{a, 2}]]}, {ukeymerge, [1, [{a, 1}], [{a, 2}]]},
        {merge, [[[1, 3], [2], [0, 4]]]}, {umerge, [[[1, 3], [2, 3], [0, 4]]]},
        {merge3, [[1, 4], [2, 5], [3, 6]]}, {umerge3, [[1, 4], [1, 5], [4, 6]]},
        {rmerge, [[3, 2.0, 1], [3.0, 2, 1.0]]}, {rumerge, [[3, 2.0, 1], [3.0, 2, 1.0]]},
        {rmerge3, [[3, 1], [3.0, 2], [2.0]]}, {rumerge3, [[3, 1], [3.0, 2], [2.0]]},
        {rkeymerge, [1, [{3, a}, {2, a}], [{3, b}, {1, b}]]}, {rukeymerge, [1, [{3, a}, {2, a}], [{3, b}, {1, b}]]},
        {keystore, [a, 1, [{b, 1}], {a, 2}]}, {keystore, [b, 1, [{b, 1}], {b, 2}]},
        {keytake, [a, 1, [{b, 1}, {a, 2}]]}, {keytake, [z, 1, [{b, 1}]]},
        {keyreplace, [a, 1, [{a, 1}], {c}]}, {keydelete, [a, 1, [{a, 1}, {a, 2}]]},
        {keymap, [fun(X) -> X * 2 end, 2, [{a, 1}]]}, {keymap, [fun(X) -> X end, 3, [{a, 1}]]},
        {keyfind, [a, 1, [{b}, {a, 1}]]}, {keymember, [a, 1, [{b}]]}, {keysearch, [a, 1, [{a, 1}]]},
        {keyfind, [a, 0, [{a}]]}, {keyfind, [a, 1, x]},
        {filtermap, [fun(X) -> X > 1 andalso {true, X * 10} end, [1, 2, 3]]},
        {join, [x, [1, 2, 3]]}, {join, [x, []]},
        {dropwhile, [fun is_atom/1, [a, 1, b]]}, {takewhile, [fun is_atom/1, [a, 1, b]]},
        {all, [fun is_atom/1, a]}, {any, [fun is_atom/1, [1]]},
        {append, [[[1], [2, 3]]]}, {append, [[1], [2]]}, {subtract, [[1, 2, 1], [1]]},
        {prefix, [[1], [1, 2]]}, {suffix, [[2], [1, 2]]}, {delete, [1, [2, 1, 1]]},
        {concat, [[a, 1, "b", 1.5]]}, {flatmap, [fun(X) -> [X, X] end, [1, 2]]},
        {foreach, [fun(X) -> X end, [1]]}, {map, [fun(X) -> X end, a]}, {filter, [fun(X) -> X end, [a]]},
        {reverse, [[1, 2, 3]]}, {reverse, [[1, 2 | a]]}, {reverse, [[1], a]}, {reverse, [a, []]},
        {member, [a, [b, a]]}, {member, [a, [b | a]]}
    ],
    [io:format("~p~p: ~p~n", [F, [printable(X) || X <- A], t(fun() -> apply(lists, F, A) end)]) || {F, A} <- Cases],
    ok.

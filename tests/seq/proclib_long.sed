# What a gen_server or crash report holds that differs between VMs: the
# stdlib's own frames and their line numbers (which also move the line
# breaks of a printed reason: a "** " item is joined into one line first),
# the client's stack, heap and stack sizes, reductions.
/^\*\* Client .* stacktrace$/{
n
:c
$!{
N
/\n /{
s/\n *//
bc
}
}
s/^\*\* [^\n]*/** CLIENT STACK/
P
D
}
/^\*\* /{
:j
$!{
N
/\n /{
s/\n *//
bj
}
}
s/{file,"\(gen_server\|gen\|proc_lib\|sys\)\.erl"},{line,[0-9]*}/{file,"\1.erl"},{line,L}/g
P
D
}
/^ *in \(function\|call from\)  *\(gen_server\|gen\|proc_lib\|sys\):/d
s/^\( *\(heap_size\|stack_size\|reductions\): \)[0-9]*$/\1N/
# a neighbour's current stack (beamlet's process_info does not have it)
/^ *current_stacktrace: /{
:s
$!{
N
/\n        /{
s/\n *//
bs
}
}
s/^\( *current_stacktrace: \)[^\n]*/\1STACK/
P
D
}

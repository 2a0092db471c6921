# The crash report of a supervisor whose init fails: what differs between
# VMs is the process's sizes and the line in gen_server.erl.
s/^    heap_size: [0-9]*$/    heap_size: N/
s/^    stack_size: [0-9]*$/    stack_size: N/
s/^    reductions: [0-9]*$/    reductions: N/
s/^\(      in function  gen_server:init_it\/[0-9] (gen_server\.erl, line \)[0-9]*)$/\1N)/

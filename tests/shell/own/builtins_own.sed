# heap, stack, reduction and message counts vary with the build
s/  *[0-9][0-9]*/ N/g

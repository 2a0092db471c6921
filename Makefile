# beamlet — build, test, sanitize, benchmark.
#   make          bin/beamlet, bin/beamletc and the stdlib (.bem files in build/)
#   make test     everything, then the whole test suite
#   make asan     the same suite on an AddressSanitizer + UBSan build
#   make oracle   re-run every test program on Erlang/OTP and check the expectations
#   make bench    benchmarks, side by side with Erlang/OTP when erl is installed
#   make shell    build, then start the interactive shell
#   make demo     build, then run an example script
# Missing build dependencies (re2c, bison, libgmp, libedit) are installed
# with apt-get by tools/deps.sh.

CC      ?= cc
OPT     ?= -O2
SAN     ?=
CFLAGS  := $(OPT) -g $(SAN) -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE -MMD -MP
LDFLAGS += $(SAN)
LDLIBS  += -lgmp -lm
B       ?= build
BIN     ?= bin

VM_SRC    := $(filter-out vm/main.c, $(wildcard vm/*.c))
COMP_SRC  := $(filter-out compiler/beamletc.c, $(wildcard compiler/*.c))
GEN_SRC   := $(B)/gen/lexer.c $(B)/gen/parser.tab.c
VM_OBJ    := $(VM_SRC:%.c=$(B)/%.o)
COMP_OBJ  := $(COMP_SRC:%.c=$(B)/%.o) $(GEN_SRC:.c=.o)
SHARED_OBJ := $(B)/vm/md5.o $(B)/vm/crc32.o
STDLIB_ERL := $(wildcard stdlib/*.erl)
STDLIB_BEM := $(STDLIB_ERL:stdlib/%.erl=$(B)/stdlib/%.bem)

.PHONY: all test asan oracle bench shell demo clean deps unit
all: $(B)/.deps $(BIN)/beamlet $(BIN)/beamletc $(STDLIB_BEM)

$(B)/.deps: tools/deps.sh
	@sh tools/deps.sh
	@mkdir -p $(B) && touch $@

$(B)/gen/lexer.c: compiler/lexer.re $(B)/.deps
	@mkdir -p $(dir $@)
	re2c -W --no-generation-date -o $@ $<

$(B)/gen/parser.tab.c $(B)/gen/parser.tab.h: compiler/parser.y $(B)/.deps
	@mkdir -p $(dir $@)
	bison -Wall -Werror -d -o $(B)/gen/parser.tab.c $<

$(B)/gen/%.o: $(B)/gen/%.c
	$(CC) $(CFLAGS) -Wno-unused-function -iquote compiler -iquote vm -I$(B)/gen -c -o $@ $<

$(B)/compiler/%.o: compiler/%.c $(B)/gen/parser.tab.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -iquote compiler -iquote vm -I$(B)/gen -c -o $@ $<

$(B)/vm/%.o: vm/%.c $(B)/.deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -DBEAMLET_STDLIB_DIR='"$(abspath $(B))/stdlib"' -iquote vm -iquote compiler -c -o $@ $<

$(BIN)/beamlet: $(B)/vm/main.o $(VM_OBJ) $(COMP_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS) -ledit

$(BIN)/beamletc: $(B)/compiler/beamletc.o $(COMP_OBJ) $(SHARED_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# compiled from inside stdlib/ so that stack traces name "lists.erl", as OTP's
$(B)/stdlib/%.bem: stdlib/%.erl $(BIN)/beamletc
	@mkdir -p $(dir $@)
	cd stdlib && $(abspath $(BIN))/beamletc -o $(abspath $(B))/stdlib $(notdir $<)

# C unit tests: tests/unit/*.c, each linked with the VM (and compiler).
UNIT_SRC := $(wildcard tests/unit/*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/unit/%)
$(B)/unit/%: tests/unit/%.c $(VM_OBJ) $(COMP_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -iquote vm -iquote compiler -I$(B)/gen -o $@ $(filter %.c %.o,$^) $(LDLIBS) -ledit

unit: $(UNIT_BIN)

test: all unit
	@SANITIZE="$(FE_SANITIZE)" sh tests/frontend/run.sh
	@sh tests/run.sh $(BIN)/beamlet $(BIN)/beamletc $(B)

# The sanitized build runs about 5x slower: allow each run 180 s.
asan:
	TEST_TIMEOUT=$${TEST_TIMEOUT:-180} $(MAKE) B=build/asan BIN=build/asan/bin OPT="-O1 -fno-omit-frame-pointer" \
	    SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	    FE_SANITIZE="-fsanitize=address,undefined" test

oracle: all
	@sh tests/oracle.sh
	@sh tests/shell/oracle.sh --check

bench: all
	@sh tests/bench/run.sh $(BIN)/beamlet

shell: all
	@$(BIN)/beamlet

demo: all
	$(BIN)/beamlet tests/bench/hello.erl

clean:
	rm -rf build bin

-include $(shell find $(B) -name '*.d' 2>/dev/null)

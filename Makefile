# quotescore -- build, test, demo, benchmark.
#
#   make deps    apt-get install the Debian packages we build against
#   make         static library + the quotescore binary (build/)
#   make demo    deps + build + extract the bundled sample article
#   make check   deps + build + unit tests + CLI tests + evaluation gates
#   make asan    the test suite under -fsanitize=address,undefined
#   make bench   throughput / memory / pathological-input benchmark
#   make eval    every gate in eval/gates.json
#   make install PREFIX=/usr/local DESTDIR=

PREFIX   ?= /usr/local
DESTDIR  ?=
CC       ?= cc
BUILD    ?= build
OPT      ?= -O3 -g
WARN     := -std=c11 -Wall -Wextra -pedantic -Wshadow -Wstrict-prototypes -Werror
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -Iengine/include -Iengine/src
CFLAGS   += $(OPT) $(WARN) $(EXTRA_CFLAGS)
LDLIBS   := -ljansson -lyajl -lutf8proc -lsvm -lsqlite3 -lm
TEST_LDLIBS := -lcriterion

# locales: the determinism test runs the engine under de_DE.UTF-8 (decimal
# comma) and tr_TR.UTF-8 (dotless i), which `deps` generates.
DEB_PACKAGES := build-essential pkg-config libsqlite3-dev libutf8proc-dev \
                libsvm-dev libcriterion-dev libjansson-dev libyajl-dev \
                valgrind locales
TEST_LOCALES := de_DE tr_TR

LIB_SRC  := $(sort $(wildcard engine/src/*.c))
LIB_OBJ  := $(patsubst engine/src/%.c,$(BUILD)/obj/%.o,$(LIB_SRC))
CLI_SRC  := $(sort $(wildcard engine/cli/*.c))
CLI_OBJ  := $(patsubst engine/cli/%.c,$(BUILD)/cli/%.o,$(CLI_SRC))
TEST_SRC := $(sort $(wildcard tests/unit/*.c))
TEST_OBJ := $(patsubst tests/unit/%.c,$(BUILD)/tests/%.o,$(TEST_SRC))

LIB  := $(BUILD)/libquotescore.a
BIN  := $(BUILD)/quotescore
TBIN := $(BUILD)/unit-tests

.PHONY: all deps demo check test unit cli-tests eval asan valgrind bench install clean format format-check fuzz fuzz-replay

all: $(LIB) $(BIN)

# Installs only what is missing, so a second run needs neither root nor network.
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else echo "deps: all Debian packages present"; fi
	@for l in $(TEST_LOCALES); do \
	  locale -a 2>/dev/null | grep -qix "$$l.utf-\?8" || { \
	    echo "deps: generating locale $$l.UTF-8"; \
	    localedef -i $$l -c -f UTF-8 $$l.UTF-8 || \
	      echo "deps: could not generate $$l.UTF-8 (the determinism test needs it)"; }; \
	done

$(BUILD)/obj/%.o: engine/src/%.c engine/include/quotescore.h $(wildcard engine/src/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/cli/%.o: engine/cli/%.c engine/include/quotescore.h $(wildcard engine/cli/*.h)
	@mkdir -p $(dir $@)
	$(CC) -D_POSIX_C_SOURCE=200809L -Iengine/include -Iengine/cli \
	  -DQS_SHARE_LEXICONS='"$(PREFIX)/share/quotescore/lexicons"' $(CFLAGS) -c $< -o $@

$(BUILD)/tests/%.o: tests/unit/%.c engine/include/quotescore.h $(wildcard engine/src/*.h) \
                    $(wildcard tests/unit/*.h) tests/pathological/generators.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(TBIN): $(TEST_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(TEST_OBJ) $(LIB) $(LDLIBS) $(TEST_LDLIBS)

# The benchmark driver (bench/run.sh builds it through this rule).
$(BUILD)/qs-bench: bench/bench.c tests/pathological/generators.h engine/include/quotescore.h $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ bench/bench.c $(LIB) $(LDLIBS)

demo: deps all
	@echo "== quotescore extract --format text examples/sample-article.txt"
	@./$(BIN) extract --text --format text examples/sample-article.txt

unit: $(TBIN)
	QS_ROOT=$(CURDIR) ./$(TBIN) --jobs 2

cli-tests: $(BIN)
	QS_BIN=$(CURDIR)/$(BIN) sh tests/cli/run.sh

eval: $(BIN)
	QS_BIN=$(CURDIR)/$(BIN) sh eval/run-gates.sh

test: unit cli-tests eval fuzz-replay

# The fuzz targets over their corpora, without libFuzzer (part of test,
# and so of asan: the corpora are replayed under the sanitizers in CI).
FUZZ_TARGETS := doc record
$(BUILD)/fuzz-replay-%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz_common.h $(LIB)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< tests/fuzz/replay.c $(LIB) $(LDLIBS)

fuzz-replay: $(addprefix $(BUILD)/fuzz-replay-,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do \
	  QUOTESCORE_LEXICONS=$(CURDIR)/lexicons ./$(BUILD)/fuzz-replay-$$t tests/fuzz/corpus-$$t/* || exit 1; \
	done

# Coverage-guided fuzzing with clang's libFuzzer (a developer target: needs
# clang; FUZZ_SECONDS bounds each target; crashes land in the corpus).
FUZZ_SECONDS ?= 60
fuzz:
	$(MAKE) BUILD=build-fuzz CC=clang OPT="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" build-fuzz/libquotescore.a
	@for t in $(FUZZ_TARGETS); do \
	  clang -O1 -g -fsanitize=fuzzer,address,undefined $(CPPFLAGS) -std=c11 \
	    -o build-fuzz/fuzz-$$t tests/fuzz/fuzz_$$t.c build-fuzz/libquotescore.a $(LDLIBS) || exit 1; \
	  mkdir -p build-fuzz/corpus-$$t; \
	  QUOTESCORE_LEXICONS=$(CURDIR)/lexicons ./build-fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=65536 -artifact_prefix=tests/fuzz/corpus-$$t/crash- \
	    build-fuzz/corpus-$$t tests/fuzz/corpus-$$t || exit 1; \
	done

check: deps
	$(MAKE) all
	$(MAKE) test
	$(MAKE) asan
	$(MAKE) valgrind

asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" test

# The CLI under memcheck on the demo, the project's samples and an
# evaluation: any invalid access or leak fails.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect
valgrind: all
	$(VALGRIND) ./$(BIN) extract --text examples/sample-article.txt > /dev/null
	$(VALGRIND) ./$(BIN) extract eval/samples/quotes.jsonl > /dev/null
	$(VALGRIND) ./$(BIN) eval --task quotes --gold eval/samples/quotes.jsonl > /dev/null
	@echo "valgrind: no errors"

bench: deps all
	QS_BIN=$(CURDIR)/$(BIN) sh bench/run.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/quotescore/lexicons
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/quotescore
	install -m 644 $(LIB) $(DESTDIR)$(PREFIX)/lib/libquotescore.a
	install -m 644 engine/include/quotescore.h $(DESTDIR)$(PREFIX)/include/quotescore.h
	install -m 644 lexicons/*.tsv $(DESTDIR)$(PREFIX)/share/quotescore/lexicons/
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|0.1.0|g' quotescore.pc.in \
	  > $(DESTDIR)$(PREFIX)/lib/pkgconfig/quotescore.pc

# The checked-in .clang-format style (clang-format 14 on Debian 12).
FORMAT_SRC = $(wildcard engine/src/*.[ch] engine/cli/*.[ch] engine/include/*.h \
               tests/unit/*.[ch] tests/pathological/*.h tests/fuzz/*.[ch] bench/*.c)
format:
	clang-format -i $(FORMAT_SRC)
format-check:
	clang-format --dry-run --Werror $(FORMAT_SRC)

clean:
	rm -rf build build-asan build-fuzz

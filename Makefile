# ilp — Integrasi Layanan Primer in the terminal.  GNU make.
#
#   make            build build/ilp
#   make run        install missing Debian packages, build, open the demo
#   make test       build and run every test through prove (one summary)
#   make asan       the whole suite under AddressSanitizer + UBSan
#   make deps       install missing Debian packages (build and test)
#   make install    PREFIX=/usr/local DESTDIR= ; configuration to /etc/ilp
#   make check-layers format clean uninstall bench fuzz torture valgrind

PREFIX     ?= /usr/local
BINDIR     ?= $(PREFIX)/bin
MANDIR     ?= $(PREFIX)/share/man
SYSCONFDIR ?= /etc
CONFDIR    ?= $(SYSCONFDIR)/ilp
DESTDIR    ?=

BUILD      ?= build
PKG_CONFIG ?= pkg-config
PROVE      ?= prove
VERSION    := 0.1.0

CFLAGS     ?= -O2 -g
WARNINGS   := -Wall -Wextra -Wformat=2 -Wshadow -Wstrict-prototypes \
              -Wmissing-prototypes -Wwrite-strings -Wpointer-arith \
              -Wundef -Wvla -Wno-missing-field-initializers
ifdef CI
WARNINGS   += -Werror
endif

# pkg-config's feature macros would clash with ours; keep only the rest.
pc_cflags   = $(filter-out -D_XOPEN_SOURCE% -D_DEFAULT_SOURCE,$(shell $(PKG_CONFIG) --cflags $(1) 2>/dev/null))
NCURSES_CFLAGS ?= $(call pc_cflags,ncursesw)
NCURSES_LIBS   ?= $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw)
SQLITE_CFLAGS  ?= $(call pc_cflags,sqlite3)
SQLITE_LIBS    ?= $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null || echo -lsqlite3)
SODIUM_CFLAGS  ?= $(call pc_cflags,libsodium)
SODIUM_LIBS    ?= $(shell $(PKG_CONFIG) --libs libsodium 2>/dev/null || echo -lsodium)
# Debian ships no .pc file for iniparser.
INIPARSER_CFLAGS ?=
INIPARSER_LIBS   ?= -liniparser
CMOCKA_CFLAGS  ?= $(call pc_cflags,cmocka)
CMOCKA_LIBS    ?= $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

ALL_CPPFLAGS = -Iinclude -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
	-DNCURSES_WIDECHAR=1 -DILP_VERSION='"$(VERSION)"' \
	-DILP_SOURCE_CONFIG_DIR='"$(CURDIR)/config"' \
	-DILP_SYSCONFDIR='"$(CONFDIR)"' \
	$(NCURSES_CFLAGS) $(SQLITE_CFLAGS) $(SODIUM_CFLAGS) \
	$(INIPARSER_CFLAGS) $(CPPFLAGS)
ALL_CFLAGS   = -std=c11 $(WARNINGS) $(CFLAGS)
LIBS         = $(NCURSES_LIBS) $(SQLITE_LIBS) $(SODIUM_LIBS) \
	$(INIPARSER_LIBS) -lm $(LDLIBS)

SRC      := $(sort $(wildcard src/*.c src/core/*.c src/store/*.c \
		src/ui/*.c src/ui/screens/*.c src/cli/*.c))
LIB_SRC  := $(filter-out src/main.c,$(SRC))
OBJ      := $(SRC:%.c=$(BUILD)/%.o)
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
BIN      := $(BUILD)/ilp
LIBILP   := $(BUILD)/libilp.a

TEST_HELPER_SRC := $(wildcard tests/unit/helpers/*.c)
TEST_HELPER_OBJ := $(TEST_HELPER_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit/%)
TOOL_SRC := $(sort $(wildcard tests/tools/*.c))
TOOL_BIN := $(TOOL_SRC:tests/tools/%.c=$(BUILD)/tests/tools/%)
SCRIPT_TESTS := $(sort $(wildcard tests/cli/*.t tests/ui/*.t \
		tests/reliability/*.t))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_NAMES := $(FUZZ_SRC:tests/fuzz/fuzz_%.c=%)
# The fuzz targets built without libFuzzer: they replay the corpora.
FUZZ_DRIVER := $(FUZZ_NAMES:%=$(BUILD)/tests/fuzz/fuzz_%)

.PHONY: all run test check deps install uninstall clean asan format \
	check-layers demo fuzz bench torture valgrind
.DELETE_ON_ERROR:
.SECONDARY:

all: $(BIN)

$(BIN): $(BUILD)/src/main.o $(LIBILP)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

$(LIBILP): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(CMOCKA_CFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/unit/%: $(BUILD)/tests/unit/%.o $(TEST_HELPER_OBJ) $(LIBILP)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(CMOCKA_LIBS) $(LIBS)

$(BUILD)/tests/tools/%: $(BUILD)/tests/tools/%.o $(LIBILP)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/tests/fuzz/fuzz_%: $(BUILD)/tests/fuzz/fuzz_%.o \
		$(BUILD)/tests/fuzz/common.o $(BUILD)/tests/fuzz/driver.o $(LIBILP)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

# `make run`: packages, build, then the demo village under a LATIHAN banner.
run:
	@sh .ci/deps
	@$(MAKE) --no-print-directory all
	$(BIN) --demo $(RUNFLAGS)

demo: run

deps:
	sh .ci/deps --test

check-layers:
	@sh tests/check-layers.sh

# Every test, unit to terminal, through prove: one summary at the end.
test: $(BIN) $(UNIT_BIN) $(TOOL_BIN) $(FUZZ_DRIVER) check-layers
	@rm -f $(BUILD)/asan.log.*
	ILP="$(abspath $(BIN))" ILP_TOOLS="$(abspath $(BUILD)/tests/tools)" \
	ILP_BUILD="$(BUILD)" ILP_FUZZ="$(abspath $(BUILD)/tests/fuzz)" \
	ILP_SRC="$(CURDIR)" CMOCKA_MESSAGE_OUTPUT=TAP TZ=UTC \
	$(PROVE) -j2 $(PROVEFLAGS) $(UNIT_BIN) $(SCRIPT_TESTS)
	@if ls $(BUILD)/asan.log.* >/dev/null 2>&1; then \
		cat $(BUILD)/asan.log.*; echo "sanitizer reports above"; exit 1; fi

check: test

# `make torture ROUNDS=1000`: the long forms of the reliability tests
# (doc/reliability.md): the crash loop with ROUNDS kill rounds and the
# concurrent editors with EDITS saves each. `make test` runs them short.
ROUNDS ?= 1000
EDITS  ?= 400
torture: $(BIN) $(TOOL_BIN)
	ILP="$(abspath $(BIN))" ILP_TOOLS="$(abspath $(BUILD)/tests/tools)" \
	ILP_SRC="$(CURDIR)" ROUNDS=$(ROUNDS) EDITS=$(EDITS) CHECK_EVERY=10 TZ=UTC \
	$(PROVE) -v $(sort $(wildcard tests/reliability/0[34]*.t))

# `make bench`: the figures of DESIGN.md §8 on 100,000 seeded households
# (~370,000 persons), each beside the same query in the sqlite3 shell.
# The database is seeded once into bench-data/, named after the sources
# that shape it, so a schema or seed change seeds a fresh one.
BENCH_KEY  = $(shell cat src/store/schema.c src/store/seed.c \
		src/store/search.c src/core/seedgen.c | cksum | cut -d' ' -f1)
BENCH_DB   = bench-data/large-$(BENCH_KEY).db
BENCH_TODAY ?= 2025-08-12
bench: $(BIN) $(BUILD)/tests/tools/bench
	@mkdir -p bench-data
	@if [ ! -e $(BENCH_DB).ok ]; then \
		rm -f $(BENCH_DB) $(BENCH_DB)-wal $(BENCH_DB)-shm; \
		echo "seeding $(BENCH_DB) (once)"; \
		$(BIN) seed --households 100000 --layout large \
			--today $(BENCH_TODAY) --db $(BENCH_DB) && \
		touch $(BENCH_DB).ok; fi
	$(BUILD)/tests/tools/bench --db $(BENCH_DB) --ilp $(abspath $(BIN)) \
		--today $(BENCH_TODAY)

SAN_FLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	-fno-sanitize-recover=undefined
asan:
	$(MAKE) BUILD=build-asan CFLAGS="$(SAN_FLAGS)" \
		LDFLAGS="-fsanitize=address,undefined" all
	ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:log_path=$(CURDIR)/build-asan/asan.log" \
	LSAN_OPTIONS="suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0" \
	UBSAN_OPTIONS="print_stacktrace=1:log_path=$(CURDIR)/build-asan/asan.log" \
	ILP_SLOW=4 \
	$(MAKE) BUILD=build-asan CFLAGS="$(SAN_FLAGS)" \
		LDFLAGS="-fsanitize=address,undefined" test

# libFuzzer (clang) on every target for FUZZ_SECONDS each; new inputs go
# to build-fuzz/corpus, crashes to tests/fuzz/corpus/NAME/ where
# `make test` replays them from then on.
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS := -g -O1 -fno-omit-frame-pointer \
	-fsanitize=fuzzer-no-link,address,undefined
fuzz:
	$(MAKE) BUILD=build-fuzz CC=clang CFLAGS="$(FUZZ_CFLAGS)" \
		build-fuzz/libilp.a
	@set -e; for t in $(FUZZ_NAMES); do \
		clang $(ALL_CPPFLAGS) -std=c11 -g -O1 \
			-fsanitize=fuzzer,address,undefined \
			-o build-fuzz/fuzz_$$t tests/fuzz/fuzz_$$t.c \
			tests/fuzz/common.c build-fuzz/libilp.a $(LIBS); \
		mkdir -p build-fuzz/corpus/$$t tests/fuzz/corpus/$$t; \
		echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
		UBSAN_OPTIONS=halt_on_error=1 build-fuzz/fuzz_$$t \
			-max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=tests/fuzz/corpus/$$t/crash- \
			-dict=tests/fuzz/$$t.dict \
			build-fuzz/corpus/$$t tests/fuzz/corpus/$$t \
			2>&1 | grep -E '^(stat::|==|INFO: Running|Done|#[0-9]+ *DONE)' ; \
	done

# `make valgrind`: a scripted terminal session (login, household, member,
# blood pressure, switch user, dose, menus, quit) and a few commands
# under valgrind; fails on any error or definitely lost byte. Not part
# of `make test`: it takes a few minutes.
valgrind: $(BIN)
	ILP="$(abspath $(BIN))" ILP_SRC="$(CURDIR)" TZ=UTC \
	$(PROVE) -v tests/valgrind/session.sh

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(CONFDIR) $(DESTDIR)$(CONFDIR)/checklists
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/ilp
	install -m 644 doc/ilp.1 $(DESTDIR)$(MANDIR)/man1/ilp.1
	for f in config/*.ini config/checklists/*.ini; do \
		[ -f "$$f" ] || continue; \
		d=$(DESTDIR)$(CONFDIR)/$${f#config/}; \
		if [ -e "$$d" ]; then install -m 644 "$$f" "$$d.dist"; \
		else install -m 644 "$$f" "$$d"; fi; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/ilp $(DESTDIR)$(MANDIR)/man1/ilp.1
	@echo "configuration in $(DESTDIR)$(CONFDIR) and databases are kept"

format:
	clang-format -i $(SRC) $(wildcard include/*.h include/*/*.h \
		include/*/*/*.h tests/unit/*.c tests/unit/helpers/*.[ch] \
		tests/tools/*.c)

clean:
	rm -rf build build-asan build-fuzz build-valgrind

-include $(OBJ:.o=.d) $(UNIT_BIN:=.d) $(TEST_HELPER_OBJ:.o=.d) \
	$(TOOL_BIN:=.d) $(FUZZ_DRIVER:=.d)

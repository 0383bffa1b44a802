# redes — the whole build.
#   make run            install what is missing, build, run every chapter, write plots/ and
#                       each chapter's recorded output chapters/NN_name/output/default.txt
#   make test           install what is missing, build, run the whole Boost.Test suite, check the
#                       docs (check-docs) and that every recorded output is fresh (check-records;
#                       RECORDS=0 skips it)
#   make chapter-NN     run one chapter as recorded: figures → plots/
#   make chapter-NN ARGS="--eta 0.1"   with its options: figures → build/runs/chapter-NN/ (unless --out)
#   make record [or record-NN]        rerun every recorded output's line-1 command, rewrite the record
#   make check-records [or check-records-NN]   rerun them and fail on any byte that changed
#   make exercise-NN    check your chapters/NN_name/exercise.cpp (chapters 04, 07, 11, 12, 16)
#   make train ARGS="data.csv --save model.txt"   the training command (train --help)
#   make bench          benchmarks (NATIVE build) → docs/performance.md, plots/bench_*.png
#                       (WHOLE=1: also clean build, test and run times of HEAD → build/bench/whole_program.md)
#   make deps           install the Debian packages the project needs (as root)
#   make clean
#   make fuzz [FUZZ_SECONDS=60]       fuzz the CSV, IDX and model loaders (libFuzzer, clang)
#   make install [PREFIX=/usr/local]  headers, libredes.a, redes.pc for pkg-config;  make uninstall
#   make check-install                install into a temporary PREFIX, build a program with pkg-config, run it
#   make docs                         API reference (Doxygen) → build/docs/html/index.html
#   make check-docs                   every file, line, test case, symbol and plot the docs cite still exists (make test runs it)
#   make check-briefs                 every class and struct in src/redes has a Doxygen brief (make test and make docs run it)
#   make fix-docs [ACCEPT=1]          move `file:N` citations to where their line went; record new ones in docs/citations.lock
#   make lint [LINT_ALL=1]            clang-format + clang-tidy on the files changed since main (all: LINT_ALL=1)
#   make format                       reformat src/ tests/ chapters/ in place with clang-format
# Options: SANITIZE=1 (AddressSanitizer + UBSan, own build folder), WERROR=1 (warnings fail),
#          NATIVE=1 (-O3 -march=native: this processor's SIMD, own build folder; not portable; with
#          FMA its sums round differently, so the few tests that compare two orders of the same sum
#          bit for bit fail there).

SHELL := /bin/bash
CXX ?= g++
SANITIZE ?= 0
WERROR ?= 0
NATIVE ?= 0

ifeq ($(SANITIZE),1)
  BUILD := build/sanitize
  OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
  LDOPT := -fsanitize=address,undefined
else ifeq ($(NATIVE),1)
  BUILD := build/native
  OPT := -O3 -march=native
  LDOPT :=
else
  BUILD := build/release
  OPT := -O2
  LDOPT :=
endif

WARN := -Wall -Wextra -Wpedantic $(if $(filter 1,$(WERROR)),-Werror,)
CPPFLAGS := -Isrc -MMD -MP
CXXFLAGS = -std=c++17 $(OPT) $(WARN) -pthread
LDFLAGS := $(LDOPT) -pthread
LDLIBS := -lboost_program_options -lboost_iostreams -lboost_filesystem

# Debian packages a new machine lacks (checked by dpkg, installed by `make deps` as root).
DEB_PACKAGES := g++ make libboost-test-dev libboost-program-options-dev libboost-iostreams-dev libboost-filesystem-dev \
                libgnuplot-iostream-dev gnuplot-nox fonts-dejavu-core dataset-fashion-mnist

# src/main/*.cpp are the programs' main()s (src/main/train.cpp → $(BUILD)/bin/train), not library code.
LIB_SRC := $(shell find src -name '*.cpp' -not -path 'src/main/*' | sort)
LIB_OBJ := $(LIB_SRC:%.cpp=$(BUILD)/obj/%.o)
LIB := $(BUILD)/libredes.a

# chapters/NN_name/*.cpp → $(BUILD)/bin/chNN_name (files named exercise*.cpp are not part of it)
CHAPTER_DIRS := $(sort $(patsubst %/,%,$(dir $(wildcard chapters/[0-9][0-9]_*/main.cpp))))
CHAPTER_NAMES := $(notdir $(CHAPTER_DIRS))
CHAPTER_BINS := $(CHAPTER_NAMES:%=$(BUILD)/bin/ch%)

TOOL_BINS := $(patsubst src/main/%.cpp,$(BUILD)/bin/%,$(wildcard src/main/*.cpp))

# chapters/NN_name/exercise*.cpp (the student's exercise.cpp and the checker's main) → $(BUILD)/bin/exercise-NN
EXERCISE_NUMS := $(foreach d,$(sort $(dir $(wildcard chapters/[0-9][0-9]_*/exercise.cpp))),$(firstword $(subst _, ,$(notdir $(patsubst %/,%,$(d))))))
EXERCISE_BINS := $(EXERCISE_NUMS:%=$(BUILD)/bin/exercise-%)

TEST_SRC := $(sort $(wildcard tests/*.cpp))
TEST_OBJ := $(TEST_SRC:%.cpp=$(BUILD)/obj/%.o)
TEST_BIN := $(BUILD)/bin/tests
# A chapter's experiment files (chapters/NN_name/*.cpp except main.cpp and exercise*.cpp, each in
# namespace chNN) are linked into the test binary too, so a test calls an experiment directly.
CHAPTER_SECTION_SRC := $(foreach f,$(wildcard chapters/[0-9][0-9]_*/*.cpp),$(if $(filter main.cpp exercise%,$(notdir $(f))),,$(f)))
CHAPTER_SECTION_OBJ := $(CHAPTER_SECTION_SRC:%.cpp=$(BUILD)/obj/%.o)
# The docs checker (tests/tools/, not part of the test binary): make check-docs, at the end.
CHECK_DOCS := $(BUILD)/bin/check_docs

# The benchmark harness (tests/bench/, not part of the test binary), built with NATIVE=1.
BENCH_SRC := $(sort $(wildcard tests/bench/*.cpp))
BENCH_BIN := $(BUILD)/bin/bench

.PHONY: all run test deps build run-chapters run-tests bench clean help train record check-records
.DEFAULT_GOAL := help

help:
	@sed -n '2,/^$$/{/^#/p}' Makefile | sed 's/^# \{0,1\}//'

# $(call install_debs,WHO,PACKAGES): install the missing Debian packages (as root), or say how.
install_debs = missing=""; \
	if command -v dpkg-query >/dev/null; then \
	  for p in $(2); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	  done; \
	else echo "$(1): not a Debian system; install by hand: $(2)"; fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "$(1): installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends$$missing >/dev/null || exit 1; \
	  else \
	    echo "$(1): missing Debian packages:$$missing"; \
	    echo "$(1): run this once, then make again:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

deps:
	@$(call install_debs,deps,$(DEB_PACKAGES))

build: $(LIB) $(CHAPTER_BINS) $(TOOL_BINS) $(EXERCISE_BINS) $(TEST_BIN)

run: deps
	@$(MAKE) --no-print-directory run-chapters

test: deps
	@$(MAKE) --no-print-directory run-tests

# Every chapter's default run: its figures into plots/, its stdout into output/default.txt.
run-chapters: $(CHAPTER_BINS)
	@scripts/records.sh $(BUILD)/bin run

# Recorded outputs (chapters/NN_name/output/NAME.txt, scripts/records.sh): line 1 the command a
# student types, then the program's stdout without `plot:` lines. A new record: write its line 1,
# e.g. `$ make chapter-14 ARGS="--p 2"`, into output/p2.txt, then make record-14.
record: $(CHAPTER_BINS)
	@scripts/records.sh $(BUILD)/bin write

record-%: $(CHAPTER_BINS)
	@scripts/records.sh $(BUILD)/bin write $*

check-records: $(CHAPTER_BINS)
	@scripts/records.sh $(BUILD)/bin check

check-records-%: $(CHAPTER_BINS)
	@scripts/records.sh $(BUILD)/bin check $*

# check-docs and check-briefs, the suite, then check-records (RECORDS=0 skips it); the last line
# counts the test cases for CI and names what else failed (scripts/run_tests.sh).
run-tests: $(TEST_BIN) $(CHAPTER_BINS) $(TOOL_BINS) $(EXERCISE_BINS) $(CHECK_DOCS)
	@scripts/run_tests.sh $(BUILD)

# With ARGS the figures go to build/runs/chapter-NN/ (unless ARGS has --out), so studying never
# changes plots/, which holds the default runs the docs show; the first line says where they go.
RUN_OUT = $(if $(strip $(ARGS)),$(if $(filter --out --out=%,$(ARGS)),,build/runs/chapter-$*),)
chapter-%: deps
	@$(if $(wildcard chapters/$*_*/main.cpp),,echo "no chapter $* (chapters: $(CHAPTER_NAMES))"; exit 2)
	@$(MAKE) -s --no-print-directory $(BUILD)/bin/ch$(notdir $(wildcard chapters/$*_*))
	@$(if $(RUN_OUT),mkdir -p $(RUN_OUT) && echo "chapter-$*: figures → $(RUN_OUT)/ (ARGS given; plots/ keeps the default run, --out DIR picks a folder)")
	@$(BUILD)/bin/ch$(notdir $(wildcard chapters/$*_*)) $(ARGS) $(if $(RUN_OUT),--out $(RUN_OUT))

# Builds the student's chapters/NN_name/exercise.cpp with its checker and runs it (exit 0 iff all pass).
exercise-%: deps
	@$(if $(wildcard chapters/$*_*/exercise.cpp),,echo "no exercise in chapter $* (exercises: $(EXERCISE_NUMS))"; exit 2)
	@$(MAKE) -s --no-print-directory $(BUILD)/bin/exercise-$*
	@$(BUILD)/bin/exercise-$*

train: deps
	@$(MAKE) --no-print-directory $(BUILD)/bin/train
	@$(BUILD)/bin/train $(ARGS)

# Speed is measured here, never in a test: -O3 -march=native, numpy/PyTorch side by side.
# WHOLE=1 first times a clean build, make test and make run of HEAD in a fresh clone
# (tests/bench/whole_program.sh, a few minutes) → build/bench/whole_program.md.
# The Python side (Debian's numpy and PyTorch, on OpenBLAS) is installed when missing, unless
# ARGS has --python none (or --python=none).
BENCH_DEB_PACKAGES := python3-numpy python3-torch libopenblas0-pthread
bench: deps
	@$(if $(or $(findstring --python none,$(ARGS)),$(findstring --python=none,$(ARGS))),,$(call install_debs,bench,$(BENCH_DEB_PACKAGES)))
	@$(if $(filter 1,$(WHOLE)),set -o pipefail; mkdir -p build/bench && tests/bench/whole_program.sh | tee build/bench/whole_program.md)
	@$(MAKE) --no-print-directory NATIVE=1 build/native/bin/bench
	@build/native/bin/bench $(ARGS)

$(BENCH_BIN): $(BENCH_SRC:%.cpp=$(BUILD)/obj/%.o) $(LIB)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ $(LDLIBS) -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	@echo "ar $@ ($(words $^) objects)"
	@ar rcs $@ $^

$(BUILD)/obj/%.o: %.cpp
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -c $< -o $@

# Tests find the chapter programs here.
$(BUILD)/obj/tests/%.o: CPPFLAGS += -DBOOST_TEST_DYN_LINK -DREDES_BIN_DIR='"$(BUILD)/bin"'

# Precompiled headers, one set per build folder (made with that folder's flags): the tests are
# compiled with -include $(BUILD)/pch/tests.hpp (Boost.Test), the chapters with
# -include $(BUILD)/pch/chapters.hpp (Boost.Program_options and the standard headers they use);
# g++ takes the .gch beside it instead of parsing those headers in every file. Only system
# headers go in, so a missing include still shows in `make lint`, which compiles without them.
# (tests/main.cpp defines BOOST_TEST_MODULE before its include, so it goes without.)
PCH_DIR := $(BUILD)/pch
PCH_TEST_OBJ := $(filter-out $(BUILD)/obj/tests/main.o,$(TEST_OBJ))
# Exercise objects (the student's exercise.cpp and its checker) go without it: they are compiled
# with -D_GLIBCXX_ASSERTIONS, so an index past the end of a std::vector or std::array stops the
# check with a message instead of reading garbage (a PCH must be made with the same macros).
EXERCISE_OBJ := $(patsubst %.cpp,$(BUILD)/obj/%.o,$(wildcard chapters/[0-9][0-9]_*/exercise*.cpp))
CHAPTER_OBJ := $(filter-out $(EXERCISE_OBJ),$(patsubst %.cpp,$(BUILD)/obj/%.o,$(wildcard chapters/[0-9][0-9]_*/*.cpp)))
$(EXERCISE_OBJ): private CPPFLAGS += -D_GLIBCXX_ASSERTIONS
$(EXERCISE_OBJ): Makefile  # rebuilt when these flags change
$(PCH_TEST_OBJ): private CPPFLAGS += -include $(PCH_DIR)/tests.hpp -Winvalid-pch
$(PCH_TEST_OBJ): $(PCH_DIR)/tests.hpp.gch
$(CHAPTER_OBJ): private CPPFLAGS += -include $(PCH_DIR)/chapters.hpp -Winvalid-pch
$(CHAPTER_OBJ): $(PCH_DIR)/chapters.hpp.gch
$(PCH_DIR)/tests.hpp.gch: CPPFLAGS += -DBOOST_TEST_DYN_LINK -DREDES_BIN_DIR='"$(BUILD)/bin"'
# In the default build the test files (and their PCH) are compiled at -O0: they were about 60% of
# a clean build's CPU time at -O2, and the suite runs as fast (its work is in the -O2 library and
# chapter code). The sanitizer build keeps -O1 for them, so warnings that need data-flow analysis
# (-Wmaybe-uninitialized) still look at the tests in CI.
ifeq ($(BUILD),build/release)
$(TEST_OBJ) $(PCH_DIR)/tests.hpp.gch: private OPT := -O0
endif
$(PCH_DIR)/tests.hpp.gch: PCH_HEADERS := boost/test/unit_test.hpp
$(PCH_DIR)/chapters.hpp.gch: PCH_HEADERS := boost/program_options.hpp algorithm cmath cstdio \
  functional iostream random sstream string vector

# A PCH made with other flags is refused (-Winvalid-pch), so it is remade when the Makefile changes,
# and with it every object that includes it (the exercise objects do the same, above).
$(PCH_DIR)/%.hpp.gch: Makefile
	@mkdir -p $(@D)
	@printf '#include <%s>\n' $(PCH_HEADERS) > $(@:.gch=)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -x c++-header $(@:.gch=) -o $@

$(TEST_BIN): $(TEST_OBJ) $(CHAPTER_SECTION_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $(TEST_OBJ) $(CHAPTER_SECTION_OBJ) $(LIB) $(LDLIBS) -lboost_unit_test_framework -o $@

define chapter_rule
$(BUILD)/bin/ch$(1): $(patsubst %.cpp,$(BUILD)/obj/%.o,$(filter-out chapters/$(1)/exercise%,$(wildcard chapters/$(1)/*.cpp))) $(LIB)
	@mkdir -p $$(@D)
	$$(CXX) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@
endef
$(foreach c,$(CHAPTER_NAMES),$(eval $(call chapter_rule,$(c))))

define exercise_rule
$(BUILD)/bin/exercise-$(1): $(patsubst %.cpp,$(BUILD)/obj/%.o,$(wildcard chapters/$(1)_*/exercise*.cpp)) $(LIB)
	@mkdir -p $$(@D)
	$$(CXX) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@
endef
$(foreach n,$(EXERCISE_NUMS),$(eval $(call exercise_rule,$(n))))

$(TOOL_BINS): $(BUILD)/bin/%: $(BUILD)/obj/src/main/%.o $(LIB)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ $(LDLIBS) -o $@

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)

# =============================================================================================
# Trust and polish: fuzzing the loaders, installing the library, the API reference.
# Each of these targets installs its own tools when missing (as root), apart from `make deps`.
# =============================================================================================

# --- make fuzz: libFuzzer + AddressSanitizer + UBSan on the three loaders ---------------------
# tests/fuzz/fuzz_<t>.cpp → build/fuzz/bin/fuzz_<t>, run FUZZ_SECONDS each from the seeds in
# tests/fuzz/corpus/<t>/; new inputs go to build/fuzz/corpus/<t>/, a crashing or hanging input
# to build/fuzz/artifacts/<t>-crash-… (replay it: build/fuzz/bin/fuzz_<t> FILE).
FUZZ_SECONDS ?= 60
FUZZ_TIMEOUT ?= 10
FUZZ_CXX ?= clang++-14
FUZZ_DEB_PACKAGES := clang-14 libclang-rt-14-dev
FUZZ_TARGETS := csv idx model train
FUZZ_BUILD := build/fuzz
FUZZ_CXXFLAGS := -std=c++17 -O1 -g -fno-omit-frame-pointer -Wall -Wextra -pthread \
                 -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_LIB_OBJ := $(LIB_SRC:%.cpp=$(FUZZ_BUILD)/obj/%.o)
FUZZ_BINS := $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/bin/fuzz_%)

.PHONY: fuzz fuzz-deps fuzz-build fuzz-run
.PRECIOUS: $(FUZZ_BUILD)/obj/tests/fuzz/%.o

fuzz: fuzz-deps
	@$(MAKE) --no-print-directory fuzz-run

fuzz-deps:
	@$(call install_debs,fuzz,$(FUZZ_DEB_PACKAGES))

fuzz-build: $(FUZZ_BINS)

# Prints each target's final statistics; fails (and names the saved input) when one found a bug.
fuzz-run: $(FUZZ_BINS)
	@scripts/fuzz_run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TIMEOUT) $(FUZZ_TARGETS)

# The library again, instrumented for coverage-guided fuzzing (no main: libFuzzer brings it).
$(FUZZ_BUILD)/obj/%.o: %.cpp
	@mkdir -p $(@D)
	$(FUZZ_CXX) -Isrc -MMD -MP $(FUZZ_CXXFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_BUILD)/libredes.a: $(FUZZ_LIB_OBJ)
	@rm -f $@
	@echo "ar $@ ($(words $^) objects)"
	@ar rcs $@ $^

$(FUZZ_BUILD)/bin/fuzz_%: $(FUZZ_BUILD)/obj/tests/fuzz/fuzz_%.o $(FUZZ_BUILD)/libredes.a
	@mkdir -p $(@D)
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) -fsanitize=fuzzer $^ $(LDLIBS) -o $@

# --- make install / uninstall / check-install: headers, libredes.a and redes.pc ----------------
#   make install PREFIX=$HOME/.local      then:  g++ -std=c++17 my.cpp $(pkg-config --cflags --libs redes)
# (with PKG_CONFIG_PATH=PREFIX/lib/pkgconfig when PREFIX is not one pkg-config searches).
# DESTDIR (empty by default) is put before every path, for packagers.
PREFIX ?= /usr/local
DESTDIR ?=
REDES_VERSION := 0.1.0
INSTALL_DEB_PACKAGES := pkg-config
INSTALL_HEADERS = $(patsubst src/%,%,$(shell find src/redes -name '*.hpp' | sort))
INSTALL_INCLUDEDIR = $(DESTDIR)$(PREFIX)/include
INSTALL_LIBDIR = $(DESTDIR)$(PREFIX)/lib

.PHONY: install uninstall check-install

install: $(LIB)
	@if [ "$(SANITIZE)" = 1 ]; then echo "install: build the library without SANITIZE=1"; exit 1; fi
	@for h in $(INSTALL_HEADERS); do install -D -m 644 src/$$h $(INSTALL_INCLUDEDIR)/$$h || exit 1; done
	install -D -m 644 $(LIB) $(INSTALL_LIBDIR)/libredes.a
	@mkdir -p $(INSTALL_LIBDIR)/pkgconfig
	@printf '%s\n' 'prefix=$(PREFIX)' 'includedir=$${prefix}/include' 'libdir=$${prefix}/lib' '' \
	  'Name: redes' \
	  'Description: Neural networks from scratch in C++17, following the lecture Clase 2 - Redes Neuronales Completas' \
	  'Version: $(REDES_VERSION)' \
	  'Cflags: -I$${includedir} -pthread' \
	  'Libs: -L$${libdir} -lredes $(LDLIBS) -pthread' > $(INSTALL_LIBDIR)/pkgconfig/redes.pc
	@echo "install: $(words $(INSTALL_HEADERS)) headers → $(INSTALL_INCLUDEDIR)/redes, libredes.a and pkgconfig/redes.pc → $(INSTALL_LIBDIR)"

# Removes exactly what install wrote, then the folders under include/redes it leaves empty.
uninstall:
	@for h in $(INSTALL_HEADERS); do rm -f $(INSTALL_INCLUDEDIR)/$$h; done
	rm -f $(INSTALL_LIBDIR)/libredes.a $(INSTALL_LIBDIR)/pkgconfig/redes.pc
	@[ ! -d $(INSTALL_INCLUDEDIR)/redes ] || find $(INSTALL_INCLUDEDIR)/redes -depth -type d -empty -delete

# Installs into a temporary PREFIX, builds tests/install/use_redes.cpp and use_umbrella.cpp there
# with nothing but $(CXX) and pkg-config (no -Isrc), runs them, uninstalls, and checks that
# nothing is left (scripts/check_install.sh).
check-install: $(LIB)
	@$(call install_debs,check-install,$(INSTALL_DEB_PACKAGES))
	+@scripts/check_install.sh "$(CXX)"

# --- make docs: the API reference with Doxygen → build/docs/html/index.html -------------------
DOCS_DEB_PACKAGES := doxygen
DOCS_DIR := build/docs

.PHONY: docs docs-deps

docs: docs-deps
	@scripts/check_briefs.sh
	@rm -rf $(DOCS_DIR) && mkdir -p $(DOCS_DIR)
	@doxygen docs/Doxyfile || { echo "docs: doxygen failed"; exit 1; }
	@log=$(DOCS_DIR)/doxygen-warnings.log; \
	if grep -q 'error:' $$log; then echo "docs: doxygen reported errors:"; grep 'error:' $$log; exit 1; fi; \
	for page in index.html classredes_1_1Matrix.html namespaceredes.html; do \
	  [ -s $(DOCS_DIR)/html/$$page ] || { echo "docs: $(DOCS_DIR)/html/$$page was not generated"; exit 1; }; \
	done; \
	grep -q 'row-major and contiguous' $(DOCS_DIR)/html/classredes_1_1Matrix.html || { echo "docs: the Matrix page lost its description (docs/doxygen_filter.sh)"; exit 1; }; \
	grep -q 'class="fragment"' $(DOCS_DIR)/html/classredes_1_1app_1_1Chapter.html || { echo "docs: the Chapter page lost its code example (docs/doxygen_filter.sh)"; exit 1; }; \
	! grep -q 'tanh(a) = ' $(DOCS_DIR)/html/namespaceredes.html || { echo "docs: a code comment became the namespace description (docs/doxygen_filter.sh)"; exit 1; }; \
	echo "docs: $(DOCS_DIR)/html/index.html ($$(ls $(DOCS_DIR)/html/*.html | wc -l) pages, $$(grep -c 'warning:' $$log) warnings in $$log)"

docs-deps:
	@$(call install_debs,docs,$(DOCS_DEB_PACKAGES))

# --- make check-docs / fix-docs: the docs' citations cannot rot --------------------------------
# tests/tools/check_docs.cpp reads README.md, docs/*.md and chapters/*/{README,SOLUTIONS}.md.
# check-docs fails on a missing file, plot, test case or lecture-map symbol, and on a `file:N`
# whose line no longer reads what docs/citations.lock recorded. fix-docs finds each recorded line
# again by its text, rewrites N in the docs, records new citations and drops old ones; ACCEPT=1
# records the new text of lines it cannot find (after you checked that N is still right).
.PHONY: check-docs fix-docs check-briefs

check-docs: $(CHECK_DOCS)
	@$(CHECK_DOCS)

# Every class and struct a header under src/redes defines has a // comment above it (or the
# header's comment describes it), which docs/doxygen_filter.sh makes its Doxygen brief.
check-briefs:
	@scripts/check_briefs.sh

fix-docs: $(CHECK_DOCS)
	@$(CHECK_DOCS) --fix $(if $(filter 1,$(ACCEPT)),--accept,)

$(CHECK_DOCS): $(BUILD)/obj/tests/tools/check_docs.o $(BUILD)/obj/tests/tools/quoted_output.o
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ -o $@

# --- make lint / make format: clang-format and clang-tidy over src/ tests/ chapters/ ------------
# lint (scripts/lint.sh): the files changed since this branch left LINT_BASE (default main;
# uncommitted and new files too) must be as .clang-format lays them out (`make format` does that in
# place), and clang-tidy (.clang-tidy) must find nothing in their .cpp (a header through the .cpp
# beside it or one that includes it). LINT_ALL=1 checks every file (~25 CPU-minutes). clang-tidy
# runs LINT_JOBS files at a time and keeps each file's result in build/lint/, so a second run
# only re-checks the files whose source, headers or .clang-tidy changed. Prints a summary; fails
# on any finding.
LINT_DEB_PACKAGES := clang-format clang-tidy
CLANG_FORMAT ?= clang-format
CLANG_TIDY ?= clang-tidy
LINT_JOBS ?= 2
LINT_ALL ?= 0
LINT_BASE ?= main
LINT_DIR := build/lint
# tests/data/ holds fixtures (the check_docs tree cites its lines), laid out as they are on purpose.
FORMAT_SRC = $(shell find src tests chapters -path tests/data -prune -o \( -name '*.cpp' -o -name '*.hpp' \) -print | sort)
# The files lint-tidy checks (scripts/lint.sh passes the changed ones as TIDY_SRC=…).
TIDY_SRC = $(shell find src tests chapters -path tests/data -prune -o -name '*.cpp' -print | sort)
TIDY_STAMPS = $(TIDY_SRC:%=$(LINT_DIR)/%.tidy)
# The flags of the normal build (without optimisation and warnings, which clang-tidy ignores).
TIDY_FLAGS := -std=c++17 -Isrc -pthread
$(LINT_DIR)/tests/%.tidy: TIDY_FLAGS += -DBOOST_TEST_DYN_LINK -DREDES_BIN_DIR='"build/release/bin"'

.PHONY: lint lint-deps lint-tidy format

lint: lint-deps
	+@LINT_ALL=$(LINT_ALL) LINT_BASE=$(LINT_BASE) LINT_JOBS=$(LINT_JOBS) CLANG_FORMAT=$(CLANG_FORMAT) scripts/lint.sh

lint-deps:
	@$(call install_debs,lint,$(LINT_DEB_PACKAGES))

lint-tidy: $(TIDY_STAMPS)

# One file's clang-tidy output (empty when clean), with the headers it reads as prerequisites.
$(LINT_DIR)/%.tidy: % .clang-tidy
	@mkdir -p $(@D)
	@echo "clang-tidy $<"
	@$(CXX) $(TIDY_FLAGS) -MM -MP -MT $@ $< > $@.d
	@$(CLANG_TIDY) --quiet $< -- $(TIDY_FLAGS) > $@.tmp 2> $@.err || { cat $@.tmp $@.err; rm -f $@.tmp; exit 1; }
	@mv $@.tmp $@

# (their .d files are read by the -include of build/**/*.d above)

format: lint-deps
	@before=$$(md5sum $(FORMAT_SRC)); \
	$(CLANG_FORMAT) -i $(FORMAT_SRC) || exit 1; \
	changed=$$(diff <(echo "$$before") <(md5sum $(FORMAT_SRC)) | grep -c '^>'); \
	echo "format: $$changed of $(words $(FORMAT_SRC)) files reformatted by .clang-format"

# redes — the whole build.
#   make run            install what is missing, build, run every chapter, write plots/
#   make test           install what is missing, build, run the whole Boost.Test suite
#   make chapter-NN ARGS="--eta 0.1"   run one chapter with its options
#   make bench          benchmarks (NATIVE build) → docs/performance.md, plots/bench_*.png
#   make deps           install the Debian packages the project needs (as root)
#   make clean
# Options: SANITIZE=1 (AddressSanitizer + UBSan, own build folder), WERROR=1 (warnings fail),
#          NATIVE=1 (-O3 -march=native: this processor's SIMD, own build folder; not portable).

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
CXXFLAGS := -std=c++17 $(OPT) $(WARN) -pthread
LDFLAGS := $(LDOPT) -pthread
LDLIBS := -lboost_program_options -lboost_iostreams -lboost_filesystem

# Debian packages a new machine lacks (checked by dpkg, installed by `make deps` as root).
DEB_PACKAGES := g++ make libboost-test-dev libboost-program-options-dev libboost-iostreams-dev libboost-filesystem-dev \
                libgnuplot-iostream-dev gnuplot-nox fonts-dejavu-core

LIB_SRC := $(shell find src -name '*.cpp' | sort)
LIB_OBJ := $(LIB_SRC:%.cpp=$(BUILD)/obj/%.o)
LIB := $(BUILD)/libredes.a

# chapters/NN_name/*.cpp → $(BUILD)/bin/chNN_name (files named exercise*.cpp are not part of it)
CHAPTER_DIRS := $(sort $(patsubst %/,%,$(dir $(wildcard chapters/[0-9][0-9]_*/main.cpp))))
CHAPTER_NAMES := $(notdir $(CHAPTER_DIRS))
CHAPTER_BINS := $(CHAPTER_NAMES:%=$(BUILD)/bin/ch%)

TEST_SRC := $(sort $(wildcard tests/*.cpp))
TEST_OBJ := $(TEST_SRC:%.cpp=$(BUILD)/obj/%.o)
TEST_BIN := $(BUILD)/bin/tests

# The benchmark harness (tests/bench/, not part of the test binary), built with NATIVE=1.
BENCH_SRC := $(sort $(wildcard tests/bench/*.cpp))
BENCH_BIN := $(BUILD)/bin/bench

.PHONY: all run test deps build run-chapters run-tests bench clean help
.DEFAULT_GOAL := help

help:
	@sed -n '2,/^$$/p' Makefile | sed 's/^# \{0,1\}//'

deps:
	@missing=""; \
	if ! command -v dpkg-query >/dev/null; then \
	  echo "deps: not a Debian system; install by hand: $(DEB_PACKAGES)"; exit 0; fi; \
	for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "deps: installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends$$missing >/dev/null || exit 1; \
	  else \
	    echo "deps: missing Debian packages:$$missing"; \
	    echo "deps: run this once, then make again:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

build: $(LIB) $(CHAPTER_BINS) $(TEST_BIN)

run: deps
	@$(MAKE) --no-print-directory run-chapters

test: deps
	@$(MAKE) --no-print-directory run-tests

run-chapters: $(CHAPTER_BINS)
	@for b in $(CHAPTER_BINS); do $$b --out plots || exit 1; echo; done

# Boost.Test writes its report as XML; the last line counts the test cases for CI.
run-tests: $(TEST_BIN) $(CHAPTER_BINS)
	@rc=0; report=$(BUILD)/test-report.xml; rm -f $$report; \
	$(TEST_BIN) --report_format=XML --report_level=short --report_sink=$$report --log_level=error || rc=$$?; \
	if [ -s $$report ]; then \
	  passed=$$(grep -o 'test_cases_passed="[0-9]*"' $$report | head -1 | tr -dc 0-9); \
	  failed=$$(grep -o 'test_cases_failed="[0-9]*"' $$report | head -1 | tr -dc 0-9); \
	  aborted=$$(grep -o 'test_cases_aborted="[0-9]*"' $$report | head -1 | tr -dc 0-9); \
	  failed=$$(( $${failed:-0} + $${aborted:-0} )); \
	else echo "tests: the test program stopped before writing its report (exit $$rc)"; passed=0; failed=1; fi; \
	[ $$rc -ne 0 ] && [ "$$failed" = 0 ] && failed=1; \
	echo "tests: $$passed passed, $$failed failed"; exit $$rc

chapter-%: deps
	@$(MAKE) --no-print-directory $(BUILD)/bin/ch$(notdir $(wildcard chapters/$*_*))
	@$(BUILD)/bin/ch$(notdir $(wildcard chapters/$*_*)) $(ARGS)

# Speed is measured here, never in a test: -O3 -march=native, numpy/PyTorch side by side.
bench: deps
	@$(MAKE) --no-print-directory NATIVE=1 build/native/bin/bench
	@build/native/bin/bench $(ARGS)

$(BENCH_BIN): $(BENCH_SRC:%.cpp=$(BUILD)/obj/%.o) $(LIB)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $^ $(LDLIBS) -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/obj/%.o: %.cpp
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -c $< -o $@

# Tests find the chapter programs here.
$(BUILD)/obj/tests/%.o: CPPFLAGS += -DBOOST_TEST_DYN_LINK -DREDES_BIN_DIR='"$(BUILD)/bin"'

$(TEST_BIN): $(TEST_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CXX) $(LDFLAGS) $(TEST_OBJ) $(LIB) $(LDLIBS) -lboost_unit_test_framework -o $@

define chapter_rule
$(BUILD)/bin/ch$(1): $(patsubst %.cpp,$(BUILD)/obj/%.o,$(filter-out chapters/$(1)/exercise%,$(wildcard chapters/$(1)/*.cpp))) $(LIB)
	@mkdir -p $$(@D)
	$$(CXX) $$(LDFLAGS) $$^ $$(LDLIBS) -o $$@
endef
$(foreach c,$(CHAPTER_NAMES),$(eval $(call chapter_rule,$(c))))

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)

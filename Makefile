# qcarchive — `make run` and `make test` work on a fresh Debian machine with Swift installed.
SHELL := /bin/bash
SWIFT ?= swift
ARCHIVE ?= var/demo-archive
# Root installs directly (a fresh machine has no sudo); anyone else goes through sudo.
SUDO := $(shell if [ "$$(id -u)" != 0 ]; then echo sudo; fi)
# libp11-kit-dev: PKCS#11's header (keys in an HSM); p11-kit-modules: p11-kit's proxy, the default module.
APT_PACKAGES := libarchive-dev libssl-dev libsqlite3-dev zlib1g-dev libpq-dev libp11-kit-dev p11-kit-modules \
  pkg-config openssl tar libbcpkix-java faketime
# Only the tests need these: headless Chromium renders a supervision pack's report.html; a PostgreSQL
# server (a throwaway cluster per run, Tests/Fixtures/postgres/cluster.sh) holds the PostgreSQL catalogs; a
# SoftHSM2 token (a throwaway one per test run, keys made with opensc's pkcs11-tool) holds keys in an HSM.
TEST_APT_PACKAGES := chromium postgresql softhsm2 opensc
PY_MODULES := bagit cryptography jsonschema
JOBS ?= 2

.PHONY: all deps test-deps build release run test clean lint format samples bench bench-smoke fuzz install \
  uninstall man

all: build

## deps: install what is missing (idempotent; quiet and fast when all is present)
APT_INSTALL := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends
# Installed means dpkg's "ii": a package removed but not purged ("rc") answers `dpkg -s` with success.
APT_MISSING = missing=""; for p in $(1); do \
  [ "$$(dpkg-query -W -f='$${db:Status-Abbrev}' $$p 2>/dev/null)" = "ii " ] || missing="$$missing $$p"; done
deps:
	@$(call APT_MISSING,$(APT_PACKAGES)); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) $$missing >/dev/null; \
	fi
	@command -v java >/dev/null || { \
	  echo "Installing a Java runtime (Bouncy Castle checks the evidence records in the tests)"; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) default-jre-headless >/dev/null; }
	@python3 -c "import bagit, cryptography, jsonschema" 2>/dev/null || { \
	  echo "Installing Python packages: $(PY_MODULES)"; python3 -m pip install -q $(PY_MODULES); }

## test-deps: what only the tests need, beside deps
test-deps: deps
	@$(call APT_MISSING,$(TEST_APT_PACKAGES)); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages for the tests:$$missing"; \
	  if [[ "$$missing" == *postgresql* ]] && [ ! -e /etc/postgresql-common/createcluster.d/qcarchive.conf ]; then \
	    echo "  (no default PostgreSQL cluster: the tests start their own; see createcluster.d/qcarchive.conf)"; \
	    $(SUDO) mkdir -p /etc/postgresql-common/createcluster.d; \
	    echo "create_main_cluster = false" | $(SUDO) tee /etc/postgresql-common/createcluster.d/qcarchive.conf \
	      >/dev/null; \
	  fi; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build -j $(JOBS)

release: deps
	$(SWIFT) build -c release -j $(JOBS)

## run: a nightly batch of both sample drops into $(ARCHIVE), with the embedded defaults
run: release
	@bin="$$($(SWIFT) build -c release --show-bin-path)/qcarchive"; \
	mkdir -p $(dir $(ARCHIVE)); \
	"$$bin" init --archive $(ARCHIVE) || exit $$?; \
	for day in Samples/day1 Samples/day2; do \
	  echo; echo "== qcarchive nightly --archive $(ARCHIVE) --drop $$day"; \
	  "$$bin" nightly --archive $(ARCHIVE) --drop $$day; status=$$?; \
	  if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then exit $$status; fi; \
	  [ $$status -eq 3 ] && echo "(exit 3: done with rejected records — the samples contain deliberate bad" \
	    "records, see Samples/README.md)"; \
	done; \
	echo; echo "== qcarchive verify --archive $(ARCHIVE) --all"; "$$bin" verify --archive $(ARCHIVE) --all || exit $$?; \
	echo; echo "The archive is in $(ARCHIVE)/ (bundles/, batches/, store/, trust/, catalog.sqlite)."; \
	echo "Try next: $$bin query --archive $(ARCHIVE) findings"; \
	echo "      or: tar -tzvf \$$(find $(ARCHIVE)/bundles -name '*.tar.gz' | sort | head -1)"

## test: install, build and run every test (Swift Testing)
test: test-deps
	$(SWIFT) build --build-tests -j $(JOBS)
	@pg="$$(mktemp -d /tmp/qcarchive-postgres.XXXXXX)"; \
	trap 'Tests/Fixtures/postgres/cluster.sh stop "$$pg"' EXIT; \
	server="$$(Tests/Fixtures/postgres/cluster.sh start "$$pg")" || exit $$?; \
	QCARCHIVE_TEST_POSTGRES="$$server" QCARCHIVE_BIN="$$($(SWIFT) build --show-bin-path)/qcarchive" \
	  $(SWIFT) test --skip-build

## bench: a QTSP's night at scale (BENCH_CERTS new certificates a night, two nights); see docs/PERFORMANCE.md.
## BENCH_CATALOG=postgresql://… runs it on that PostgreSQL database, which the bench empties first;
## BENCH_HSM=1 seals and time-stamps with keys in a SoftHSM2 token (var/bench-hsm).
BENCH_CERTS ?= 100000
BENCH_OCSP ?= 1000000
BENCH_CATALOG ?=
RELEASE_BIN = $$($(SWIFT) build -c release --show-bin-path)
bench: release
	python3 Tests/Bench/bench.py --bin "$(RELEASE_BIN)" --certificates $(BENCH_CERTS) --ocsp-lines $(BENCH_OCSP) \
	  --out var/bench$(if $(BENCH_CATALOG),-postgresql --catalog "$(BENCH_CATALOG)")$(if $(BENCH_HSM),-hsm --hsm)

## bench-smoke: the same harness at 2,000 certificates (CI runs it so that it never rots; times are not checked)
bench-smoke: release
	python3 Tests/Bench/bench.py --bin "$(RELEASE_BIN)" --certificates 2000 --ocsp-lines 20000 \
	  --query-certificates 10000 --out var/bench-smoke --smoke

## fuzz: libFuzzer on each parser of outside bytes for FUZZ_SECONDS each (coverage-instrumented, with
## AddressSanitizer); new inputs go to var/fuzz/corpus/<target>, crashes to var/fuzz/crashes/. The committed
## seeds are Tests/Fuzz/corpus/<target>; `make test` reads every committed input once.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= events certificate crl ocsp tar evidence-record validation-data note
FUZZ_RUNTIME = $$(ls /opt/swift/usr/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null \
  || ls "$$(dirname "$$(command -v swift)")"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -1)
fuzz: deps
	$(SWIFT) build -c release --product qcfuzz --scratch-path .build-fuzz -j $(JOBS) -Xswiftc -DFUZZING \
	  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
	  -Xlinker "$(FUZZ_RUNTIME)" -Xlinker -lstdc++
	@mkdir -p var/fuzz/crashes; status=0; for target in $(FUZZ_TARGETS); do \
	  mkdir -p var/fuzz/corpus/$$target; echo "== fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  .build-fuzz/release/qcfuzz $$target -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 \
	    -print_final_stats=1 -artifact_prefix=var/fuzz/crashes/$$target- \
	    var/fuzz/corpus/$$target Tests/Fuzz/corpus/$$target 2>var/fuzz/$$target.log || status=1; \
	  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|ERROR' var/fuzz/$$target.log; \
	done; exit $$status

## man: the man page, generated from the command definitions (ArgumentParser's generate-manual plugin)
man: release
	@mkdir -p var/man
	$(SWIFT) package --allow-writing-to-directory var/man generate-manual --output-directory var/man \
	  --authors "the qcarchive developers" >/dev/null

## install: the binary, its man page, shell completions, the operations guide and contrib/ under
## $(DESTDIR)$(PREFIX) (docs/OPERATIONS.md); uninstall removes exactly those files
PREFIX ?= /usr/local
INSTALLED = $(DESTDIR)$(PREFIX)/bin/qcarchive $(DESTDIR)$(PREFIX)/share/man/man1/qcarchive.1 \
  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/qcarchive \
  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_qcarchive \
  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/qcarchive.fish $(DESTDIR)$(PREFIX)/share/doc/qcarchive
install: man
	@bin="$(RELEASE_BIN)/qcarchive"; root="$(DESTDIR)$(PREFIX)"; \
	install -d "$$root/bin" "$$root/share/man/man1" "$$root/share/bash-completion/completions" \
	  "$$root/share/zsh/site-functions" "$$root/share/fish/vendor_completions.d" "$$root/share/doc/qcarchive"; \
	install -m 0755 "$$bin" "$$root/bin/qcarchive"; \
	install -m 0644 var/man/qcarchive.1 "$$root/share/man/man1/qcarchive.1"; \
	"$$bin" --generate-completion-script bash >"$$root/share/bash-completion/completions/qcarchive"; \
	"$$bin" --generate-completion-script zsh >"$$root/share/zsh/site-functions/_qcarchive"; \
	"$$bin" --generate-completion-script fish >"$$root/share/fish/vendor_completions.d/qcarchive.fish"; \
	install -m 0644 README.md docs/OPERATIONS.md docs/VERIFY.md "$$root/share/doc/qcarchive/"; \
	cp -R contrib "$$root/share/doc/qcarchive/"; \
	echo "Installed qcarchive $$("$$bin" --version) under $$root (man qcarchive; see share/doc/qcarchive/OPERATIONS.md)."

uninstall:
	rm -rf $(INSTALLED)

## samples: regenerate Samples/ deterministically
samples:
	python3 Samples/generate.py

## lint: no C pointer outside the wrappers (CatalogRow borrows a wrapper's Swift row through a Swift pointer, no C
## type); no line over 120 columns (the shipped catalog migrations keep their
## SQL byte for byte, since SQLite stores it and Schemas/catalog.sql is what they produce)
LINT_LENGTH_FILES = $$(git ls-files '*.swift' Makefile .ci | grep -v '^Sources/Catalog/CatalogSchema.swift$$')
lint:
	@! grep -rn --include='*.swift' -E 'OpaquePointer|Unsafe(Mutable)?(Raw)?(Buffer)?Pointer' Sources \
	  | grep -v -E '^Sources/((ArchiveIO|CryptoIO|SQLiteIO|PostgresIO|PKCS11IO|ZlibIO)/|Catalog/CatalogRow.swift)' \
	  || { echo "C pointers outside the wrappers"; exit 1; }
	@! grep -n -E '^.{121,}' $(LINT_LENGTH_FILES) || { echo "Lines over 120 columns"; exit 1; }
	@$(SWIFT) format lint -r -s Sources Tests Package.swift || { echo "Not formatted: run 'make format'"; exit 1; }

## format: swift format (.swift-format: 4 spaces, 120 columns) over every Swift file
format:
	$(SWIFT) format -i -r -p Sources Tests Package.swift

clean:
	rm -rf .build var

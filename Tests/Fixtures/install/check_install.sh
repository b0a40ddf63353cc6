#!/usr/bin/env bash
# Checks what `make install PREFIX=$1` wrote (.ci/run): the binary runs, the man page renders and names
# every command, each shell's completion knows the commands, the operations guide and contrib/ are there,
# and the systemd units verify.
set -euo pipefail
prefix="$1"
fail() { echo "check_install: $*" >&2; exit 1; }
"$prefix/bin/qcarchive" --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "the binary does not run"
manual="$prefix/share/man/man1/qcarchive.1"
page="$(MANWIDTH=100 man -l "$manual" 2>/dev/null || groff -man -Tascii "$manual")"
for command in init nightly import seal batches verify show query exceptions export renew evidence keys head \
  reindex; do
  grep -Eq "^ *$command( |$)" <<<"$page" || fail "the man page does not describe '$command'"
done
grep -q 'nightly' "$prefix/share/bash-completion/completions/qcarchive" || fail "bash completion"
grep -q 'nightly' "$prefix/share/zsh/site-functions/_qcarchive" || fail "zsh completion"
grep -q 'nightly' "$prefix/share/fish/vendor_completions.d/qcarchive.fish" || fail "fish completion"
bash -n "$prefix/share/bash-completion/completions/qcarchive" || fail "the bash completion does not parse"
for file in OPERATIONS.md VERIFY.md README.md contrib/systemd/qcarchive-nightly.service contrib/cron/qcarchive \
  contrib/logrotate/qcarchive; do
  [ -s "$prefix/share/doc/qcarchive/$file" ] || fail "missing share/doc/qcarchive/$file"
done
if command -v systemd-analyze >/dev/null; then
  # Only the absence of the binary and man page from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
echo "check_install: binary, man page, completions, guide and contrib under $prefix"

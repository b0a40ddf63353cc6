if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
#if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
!if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
#if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
kif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
wif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
`if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
kif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
=if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
`if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
wif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
(if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
)if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
:if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
,if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
#if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
,if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
kif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
wif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
,if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
,if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
#if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
`if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
kif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
`if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
=if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
(if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
)if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
{if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
kif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
_if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
:if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
*if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
>if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
&if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
2if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
;if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
;if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
}if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
^if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
[if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
0if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
9if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
]if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
+if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
\if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
[if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
0if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
9if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
]if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
+if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
\if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
[if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
0if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
9if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
]if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
+if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
=if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
(if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Wif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
=if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
0if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
0if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
2if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
>if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
)if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
wif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
wif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
kif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
;if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
^if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
*if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
(if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
)if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
<if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
<if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
<if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
zif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
_if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
zif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
_if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
\if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
;if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
[if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
]if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
zif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
>if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
;if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
zif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
/if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
2if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
>if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
&if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
1if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
\if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
qif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
-if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
Fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
'if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
.if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
&if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
&if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
vif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
|if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
hif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
kif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
_if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
:if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
yif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
,if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
,if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
mif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
lif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
sif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
,if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
gif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
aif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
cif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
oif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
tif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
bif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
uif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
nif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
dif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
 if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
$if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
pif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
rif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
eif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
fif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
iif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
xif command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi
"if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

if command -v systemd-analyze >/dev/null; then
  # The units as installed: only the binary's and man page's absence from this temporary prefix may be reported.
  for unit in qcarchive-nightly.service qcarchive-nightly.timer; do
    report="$(systemd-analyze verify "$prefix/share/doc/qcarchive/contrib/systemd/$unit" 2>&1 \
      | grep -v -E 'is not executable|man qcarchive|qcarchive-nightly.service: Failed' || true)"
    [ -z "$report" ] || fail "systemd-analyze verify $unit: $report"
  done
fi

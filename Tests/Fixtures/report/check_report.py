"""Checks a supervision pack's report.html as a browser rendered it (Chromium's --dump-dom) against
the pack's findings.json: every chart's bars carry exactly the numbers of findings.json, and each
chart's table has one row per number. Prints "report matches findings.json" or fails naming the
chart. Usage: check_report.py DOM.html findings.json"""
import json
import sys
from html.parser import HTMLParser


class Charts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.section = None
        self.bars = {}  # section id -> {label: value}
        self.rows = {}  # section id -> rows in tbody
        self.limits = {}
        self.in_body = False
        self.scripts = 0
        self.external = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.section = attrs.get("id")
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            if key in attrs and not attrs[key].startswith("#"):
                self.external.append(attrs[key])
        if tag == "rect" and "data-label" in attrs:
            bars = self.bars.setdefault(self.section, {})
            assert attrs["data-label"] not in bars, f"{self.section}: {attrs['data-label']} drawn twice"
            bars[attrs["data-label"]] = float(attrs["data-value"])
        if tag == "line" and "data-limit" in attrs:
            self.limits[self.section] = float(attrs["data-limit"])
        if tag == "tbody":
            self.in_body = True
        if tag == "tr" and self.in_body:
            self.rows[self.section] = self.rows.get(self.section, 0) + 1

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_body = False


dom, findings = open(sys.argv[1], encoding="utf-8").read(), json.load(open(sys.argv[2]))
charts = Charts()
charts.feed(dom)
assert charts.scripts == 0, "the page has a script"
assert not charts.external, f"the page loads {charts.external}"


def expect(section, bars, rows):
    found = charts.bars.get(section, {})
    assert found == bars, f"{section}: bars {found} but findings.json says {bars}"
    assert charts.rows.get(section, 0) == max(rows, 1), f"{section}: {charts.rows.get(section)} rows, expected {rows}"


expect("findings-per-rule", {c["label"]: c["count"] for c in findings["findings_per_rule"]},
       len(findings["findings_per_rule"]))
expect("certificates-per-policy", {c["label"]: c["count"] for c in findings["certificates_per_policy"]},
       len(findings["certificates_per_policy"]))
latency = {}
for r in findings["revocation_latency"]:
    for kind, key in (("CRL", "crl_hours"), ("OCSP", "ocsp_hours")):
        if r[key] is not None:
            latency[f"{r['serial']} {r['request_id']} {kind}"] = r[key]
expect("revocation-latency", latency, len(findings["revocation_latency"]))
if latency:
    assert charts.limits.get("revocation-latency") == findings["latency_limit_hours"], "the 24 h line"
beyond = findings["status_beyond_expiry"]
published = sum(1 for r in beyond if r["published_after_expiry"])
expect("status-beyond-expiry",
       {"status published after expiry": published, "not published after expiry": len(beyond) - published} if beyond else {},
       len(beyond))
print(f"report matches findings.json: {sum(len(b) for b in charts.bars.values())} bars in {len(charts.bars)} charts")

#!/usr/bin/env python3
"""The browser check of `verhuurd --report`: renders each example's report in headless Chromium
and checks from the rendered page (not the HTML text) that

- nothing overflows the width of an A4 page's text (with the report's print CSS),
- every section the report should have is there (the sections follow from the JSON output),
- the first page fits on one A4 page,
- every chart has a non-zero size,
- printing to PDF gives the expected number of pages (tests/browser/pages.json; --bless writes it),

and keeps a screenshot of each report's first page (as printed on A4) under target/browser-check/.
With --docs it also copies the family house's to docs/report-first-page.png for the README.

It talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe): no
dependencies beyond Python's standard library and the Debian `chromium` package.

Usage: python3 tests/browser/check.py [--bless] [--docs] [--bin target/debug/verhuurd]
"""

import argparse
import base64
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGES = os.path.join(ROOT, "tests", "browser", "pages.json")
OUT = os.path.join(ROOT, "target", "browser-check")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
DATE = "2026-12-07"

# A4 in CSS pixels (96 per inch), and the report's @page margins (15mm 13mm 13mm 13mm).
MM = 96 / 25.4
A4_WIDTH, A4_HEIGHT = round(210 * MM), round(297 * MM)
TEXT_WIDTH = (210 - 26) * MM
TEXT_HEIGHT = (297 - 28) * MM

# What the page reports about its own layout, measured in the browser.
MEASURE = r"""
(() => {
  const width = document.documentElement.clientWidth;
  const out = {width, scrollWidth: document.documentElement.scrollWidth,
               overflow: [], sections: [], charts: []};
  const name = el => el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined
      ? '.' + String(el.className).split(' ').join('.') : '')
      + ' in ' + (el.closest('section') ? el.closest('section').id : '-');
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 1 || r.left < -1)) {
      out.overflow.push(name(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right));
    }
  }
  for (const el of document.querySelectorAll('table, pre, td, th, p, h1, h2, h3, dd, li, figure, div')) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') {
      out.overflow.push(name(el) + ' content ' + el.scrollWidth + ' > ' + el.clientWidth);
    }
  }
  for (const s of document.querySelectorAll('section[data-section]')) {
    const r = s.getBoundingClientRect();
    out.sections.push({id: s.dataset.section, height: r.height,
                       visible: r.height > 0 && getComputedStyle(s).display !== 'none'});
  }
  for (const f of document.querySelectorAll('figure[data-chart]')) {
    const svg = f.querySelector('svg');
    const r = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
    out.charts.push({kind: f.dataset.chart, section: f.closest('section').id,
                     width: r.width, height: r.height});
  }
  return JSON.stringify(out);
})()
"""


class Browser:
    """Headless Chromium driven over the DevTools protocol on file descriptors 3 and 4."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="verhuurd-chromium-")
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--remote-debugging-pipe",
                "--user-data-dir=" + self.profile,
                "about:blank",
            ],
            # After the dup2 above, 3 and 4 must stay open in the child.
            pass_fds=(3, 4, to_chrome_r, from_chrome_w),
            preexec_fn=fds,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.reader = os.fdopen(self.from_chrome, "rb")
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call(
            "Target.attachToTarget", {"targetId": target, "flatten": True}
        )["sessionId"]
        self.call("Page.enable", session=True)

    def _message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            m = self._message()
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_for(self, event):
        while True:
            for i, m in enumerate(self.events):
                if m.get("method") == event:
                    del self.events[: i + 1]
                    return m
            self.events.append(self._message())

    def open(self, path, width, height, media):
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session=True,
        )
        self.call("Emulation.setEmulatedMedia", {"media": media}, session=True)
        self.events.clear()
        self.call("Page.navigate", {"url": "file://" + path}, session=True)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression):
        r = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True},
            session=True,
        )
        return r["result"]["value"]

    def pdf(self):
        r = self.call(
            "Page.printToPDF",
            {"preferCSSPageSize": True, "printBackground": True, "displayHeaderFooter": False},
            session=True,
        )
        return base64.b64decode(r["data"])

    def screenshot(self):
        r = self.call("Page.captureScreenshot", {"format": "png"}, session=True)
        return base64.b64decode(r["data"])

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def pdf_pages(pdf):
    """The number of pages of a PDF (its page objects)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


def expected_sections(binary, example):
    """The sections a report of `example` must have, from the tool's JSON output."""
    out = subprocess.run(
        [binary, "--format", "json", example], capture_output=True, check=True
    ).stdout
    data = json.loads(out)

    def of(report, prefix):
        keys = (["summary"] if prefix else []) + ["leegwaarderatio", "box3"]
        for key in ["sitting_tenant", "sell_vs_keep", "yield", "wws", "upgrade", "bbl"]:
            if report.get(key):
                keys.append(key)
        charts = ["net_worth", "box3", "grid"] if report.get("sell_vs_keep") else []
        return [prefix + k for k in keys], [(prefix + "sell_vs_keep", c) for c in charts]

    if "household" in data:
        sections, charts = ["household_box3"], []
        for n, p in enumerate(data["household"]["properties"], 1):
            s, c = of(p, f"p{n}-")
            sections += s
            charts += c
    else:
        sections, charts = of(data, "")
    return ["summary"] + sections + ["explain", "status", "inputs"], charts


def check(browser, binary, example, lang, expected_pages):
    """The problems of one report; its number of pages."""
    name = os.path.splitext(os.path.basename(example))[0]
    key = f"{name}.{lang}"
    html = os.path.join(OUT, key + ".html")
    # Paths relative to the repository: the report names its command line, so an absolute
    # path would make the pages depend on where the repository was cloned.
    subprocess.run(
        [
            binary,
            "--lang",
            lang,
            "--report",
            os.path.relpath(html, ROOT),
            "--report-date",
            DATE,
            os.path.relpath(example, ROOT),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    problems = []
    # The page as printed: the print CSS, as wide as an A4 page's text.
    browser.open(html, round(TEXT_WIDTH), round(TEXT_HEIGHT), "print")
    layout = json.loads(browser.evaluate(MEASURE))
    if layout["scrollWidth"] > layout["width"] + 1:
        problems.append(f"the page is {layout['scrollWidth']}px wide, the text {layout['width']}px")
    problems += ["overflows: " + o for o in layout["overflow"][:10]]
    sections, charts = expected_sections(binary, example)
    present = {s["id"]: s for s in layout["sections"]}
    for s in sections:
        if s not in present or not present[s]["visible"]:
            problems.append(f"section {s} is missing")
    for s in sections:
        first = present.get(s)
        if s.endswith("summary") and first and first["height"] > TEXT_HEIGHT:
            problems.append(
                f"the first page of {s} does not fit one A4 page: "
                f"{first['height']:.0f}px > {TEXT_HEIGHT:.0f}px"
            )
    drawn = {(c["section"], c["kind"]): c for c in layout["charts"]}
    for c in charts:
        d = drawn.get(c)
        if d is None:
            problems.append(f"chart {c[1]} of {c[0]} is missing")
        elif d["width"] <= 0 or d["height"] <= 0:
            problems.append(f"chart {c[1]} of {c[0]} has no size ({d['width']}×{d['height']})")
    pdf = browser.pdf()
    with open(os.path.join(OUT, key + ".pdf"), "wb") as f:
        f.write(pdf)
    pages = pdf_pages(pdf)
    # Every section starts a page.
    if pages < len(sections):
        problems.append(f"{pages} pages for {len(sections)} sections")
    if expected_pages is not None and pages != expected_pages:
        problems.append(
            f"{pages} pages printed, {expected_pages} expected (tests/browser/pages.json; "
            "run with --bless when the change is meant)"
        )
    # The first page as printed: the print CSS on an A4 sheet with the page's margins.
    browser.open(html, A4_WIDTH, A4_HEIGHT, "print")
    browser.evaluate(
        "document.body.style.padding = '15mm 13mm 13mm 13mm';"
        "for (const s of document.querySelectorAll('main > section:not(:first-child)'))"
        "  s.style.display = 'none'; 1"
    )
    with open(os.path.join(OUT, key + ".png"), "wb") as f:
        f.write(browser.screenshot())
    return problems, pages


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bless", action="store_true", help="write the page counts")
    parser.add_argument("--docs", action="store_true", help="update the README's screenshot")
    parser.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "verhuurd"))
    args = parser.parse_args()
    # The reports are written from the repository's root (see `check`).
    args.bin = os.path.abspath(args.bin)
    if not os.path.exists(CHROMIUM):
        sys.exit(f"{CHROMIUM} is missing: apt-get install -y chromium")
    if not os.path.exists(args.bin):
        subprocess.run(["cargo", "build", "--locked", "--quiet"], cwd=ROOT, check=True)
    os.makedirs(OUT, exist_ok=True)
    expected = {}
    if os.path.exists(PAGES) and not args.bless:
        with open(PAGES) as f:
            expected = json.load(f)
    # The examples of a property or household (a history file, `[history]`, has no report).
    examples = [
        e
        for e in sorted(glob.glob(os.path.join(ROOT, "examples", "*.toml")))
        if not re.search(r"^\[history\]", open(e, encoding="utf-8").read(), re.M)
    ]
    runs = [(e, "nl") for e in examples]
    runs.append((os.path.join(ROOT, "examples", "eengezinswoning.toml"), "en"))
    counts = {}
    failed = 0
    browser = Browser()
    try:
        for example, lang in runs:
            key = f"{os.path.splitext(os.path.basename(example))[0]}.{lang}"
            if not args.bless and key not in expected:
                problems, pages = [f"no page count in {PAGES} (run with --bless)"], None
            else:
                problems, pages = check(browser, args.bin, example, lang, expected.get(key))
            counts[key] = pages
            status = "ok" if not problems else "FAILED"
            print(f"{status:7} {key}: {pages} pages")
            for p in problems:
                print(f"        {p}")
            failed += bool(problems)
    finally:
        browser.close()
    if args.bless:
        with open(PAGES, "w") as f:
            json.dump(counts, f, indent=2, sort_keys=True)
            f.write("\n")
    if args.docs:
        os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
        shutil.copy(
            os.path.join(OUT, "eengezinswoning.nl.png"),
            os.path.join(ROOT, "docs", "report-first-page.png"),
        )
    print(f"{len(runs)} reports, {failed} failed; screenshots in {os.path.relpath(OUT, ROOT)}/")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

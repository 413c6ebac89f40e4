#!/usr/bin/env python3
"""Checks an error index page (`errcodes export --format html`) in a real headless Chromium.

Usage: check_page.py PAGE.html [--name NAME] [--data DATA.json] [--query WORDS]... [--anchor ID]...
                     [--xss] [--expect-link URL]... [--timeout SECONDS]

The page is opened from a file:// URL with Debian's Chromium, driven over WebDriver by Debian's
chromedriver (its path is passed explicitly: Selenium never looks for or downloads a driver).
DATA.json is the registry's document (`errcodes export --format json`): with it, the page must
have exactly its codes, an anchor per alias, and say "Retryable: no" nowhere when the registry
marks no entry retryable. Checked, against the page's contract:
  - structure: one <section class="entry" id="CODE"> per entry, ids unique (and, with --data,
    exactly the registry's codes), <input type="search" id="filter">, <nav id="toc"> linking
    to every entry, whose in-page links all lead to an element of the page;
  - layout: on load, the first entry starts within the first two screens (its top against the
    viewport's height), however long the table of contents;
  - anchors: following #CODE inside the page (location.hash, as a table-of-contents link does)
    brings each entry's top into the viewport (or at most 40 px above it) and makes it the
    :target, the page being scrolled away from it first wherever it is long enough (every entry,
    or 300 spread over a longer page plus every code that needs escaping in a URL); so does
    opening PAGE#CODE afresh (40 at most); with --data, #ALIAS likewise brings its entry into view with the :target inside it
    (an alias that is also a code or an id of the page is skipped). Each --anchor ID is always
    among those followed;
  - filter: typing the first entry's code (then each --query) hides (the `hidden` attribute, and
    nothing rendered) every entry whose text does not hold it, keeps the entries that match
    shown, puts the first match within the first two screens, and hides the table of contents'
    links to the hidden entries while keeping the others; a query nothing matches hides them
    all; clearing the box (Ctrl+A, Backspace, as a person does) shows every entry and link again;
    following a link (#CODE) to an entry the filter hides clears the box and shows the entry;
  - entries: with --data, no entry says "Retryable: no" when the registry marks none retryable,
    and each entry it marks retryable says "Retryable: yes";
  - no JavaScript: loaded with scripts off, the page shows every entry;
  - no network: Chrome's performance log has no request but the document itself (data: URLs
    aside) and performance.getEntriesByType('resource') is empty. The browser runs behind a
    dead loopback proxy with every host name unresolvable, so a page that does try to fetch
    something fails here without any traffic leaving the machine;
  - console: no SEVERE entry in the browser log (JavaScript errors, failed loads);
  - with --xss (the page of tests/browser/xss.toml, whose payloads set window.__pwned or put
    "PWNED" in document.title): nothing ran after load, nor after clicking every link of the
    page outside the table of contents (links to http(s)/mailto targets are not followed, only
    listed); no entry holds a <script>, <iframe>, <object>, <embed>, an on* attribute or a
    javascript:/vbscript:/data: link; each --expect-link URL is still a link on the page.
    The registry's payload `<img src=x>` may make the browser look for a file `x` beside the
    page: with --xss that one local file:// request (and its "Failed to load resource" console
    line) is allowed, as it is not the network.
Waiting: a check that waits for the page (a filter to apply, a scroll to settle, a load) polls
until its condition holds, and ends as soon as it does, for at most --timeout seconds (default 30,
or ERRCODES_BROWSER_TIMEOUT): generous, for a machine busy with other builds. Once a check of the
page has failed, later waits last at most 3 s (the page has failed; they only add detail).
Screenshots (light and dark colour scheme) go to target/browser/screenshots/NAME.png and
NAME-dark.png. Every check prints `ok` or `FAIL CHECK: what was seen`; the last line is
`N passed, N failed`, and the exit code is 1 when any check failed (2 when the browser could not
be started at all).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import urllib.parse
from pathlib import Path

CHROMIUM = os.environ.get("ERRCODES_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("ERRCODES_CHROMEDRIVER", "/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT = 1280, 800
NO_MATCH = "zq-no-entry-matches-this-xv"
LOADS = 40  # fresh loads of PAGE#CODE per page, at most
IN_PAGE = 300  # anchors followed inside the page, at most
ALIAS_IN_PAGE, ALIAS_LOADS = 100, 10  # the same for aliases
REPORTED = 5  # failed anchors a check reports, and follows, at most
ABOVE = 40  # px an entry's top may be above the viewport after a jump to it (an anchor in its padding)
SCREENS = 2  # the first entry, and the first match of a filter, start within this many screens
TIMEOUT = float(os.environ.get("ERRCODES_BROWSER_TIMEOUT", "30"))
AFTER_FAILURE = 3.0  # the longest wait once a check of the page has failed
PAGE_IDS = ("filter", "toc", "retired")  # the page's own ids, which an alias does not get


class Checks:
    """The checks' results, printed as they come."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []

    def check(self, name: str, ok: bool, why: str = "", how: str = "") -> bool:
        """Records check `name`: `how` tells what passed, `why` what failed."""
        if ok:
            self.passed += 1
            print(f"ok   {name}" + (f" ({how})" if how else ""), flush=True)
        else:
            self.failed.append(name)
            print(f"FAIL {name}: {why}", flush=True)
        return ok

    @staticmethod
    def note(text: str) -> None:
        print(f"     {text}", flush=True)


def start_browser(log_dir: Path, timeout: float):
    """Chromium over WebDriver; a second try when the first start fails (a busy machine can make
    chromedriver miss Selenium's start-up deadline)."""
    try:
        return start_browser_once(log_dir, timeout)
    except Exception as e:  # noqa: BLE001 - any failure to start gets a second try
        print(f"     the browser did not start ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}); "
              "trying once more", flush=True)
        time.sleep(2)
        return start_browser_once(log_dir, timeout)


def start_browser_once(log_dir: Path, timeout: float):
    # Selenium Manager (the driver downloader) must never run: the driver's path is given below,
    # and should Selenium still reach for its manager, this path makes that an error.
    os.environ["SE_MANAGER_PATH"] = "/nonexistent/selenium-manager-is-not-used"
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for tool in (CHROMIUM, CHROMEDRIVER):
        if not os.access(tool, os.X_OK):
            raise RuntimeError(f"{tool} not found: run tests/browser/install.sh (Debian: chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        f"--window-size={WIDTH},{HEIGHT}",
        "--hide-scrollbars",
        "--force-color-profile=srgb",
        "--lang=en-US",
        # Nothing may leave the machine, even from a broken page: every host name is unresolvable
        # and every non-loopback request goes to a closed loopback port (the request is still
        # recorded in the performance log, which is what the no-network check reads).
        "--proxy-server=http://127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--allow-file-access-from-files",
        f"--user-data-dir={log_dir / 'profile'}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    options.set_capability("unhandledPromptBehavior", "ignore")
    service = Service(executable_path=CHROMEDRIVER, log_output=str(log_dir / "chromedriver.log"))
    driver = webdriver.Chrome(service=service, options=options)
    # A page load or an in-page wait is bounded by the checks' own timeout; these only catch a
    # browser that stopped answering.
    driver.set_page_load_timeout(timeout + 60)
    driver.set_script_timeout(timeout + 30)
    return driver


def fragment_url(base: str, ident: str) -> str:
    return base + "#" + urllib.parse.quote(ident, safe="")


class PageChecker:
    def __init__(self, driver, page: Path, args, checks: Checks) -> None:
        self.d = driver
        self.page = page
        self.url = page.as_uri()
        self.args = args
        self.c = checks
        self.console: list[dict] = []
        self.perf: list[dict] = []
        self.alerts: list[str] = []
        self.texts: dict[str, str] = {}  # each entry's text, lower case, read once after load
        self.step = "load"  # the step running, named when a check crashes

    # -- helpers ---------------------------------------------------------------------------
    def js(self, script: str, *args):
        return self.d.execute_script(script, *args)

    def patience(self) -> float:
        """How long a wait may last: the timeout, or AFTER_FAILURE once a check has failed."""
        return self.args.timeout if not self.c.failed else min(self.args.timeout, AFTER_FAILURE)

    def wait_for(self, probe, holds):
        """Polls `probe()` until `holds(state)` or the patience runs out; returns the last state
        and how long it waited, in seconds."""
        start = time.monotonic()
        end = start + self.patience()
        while True:
            state = probe()
            if holds(state) or time.monotonic() > end:
                return state, time.monotonic() - start
            time.sleep(0.1)

    def collect_logs(self) -> None:
        self.console += self.d.get_log("browser")
        self.perf += self.d.get_log("performance")

    def dismiss_alerts(self) -> None:
        from selenium.common.exceptions import NoAlertPresentException

        while True:
            try:
                alert = self.d.switch_to.alert
            except NoAlertPresentException:
                return
            self.alerts.append(alert.text)
            alert.accept()

    def pwned(self) -> list[str]:
        """What the payloads of xss.toml left behind, if any of them ran."""
        self.dismiss_alerts()
        seen = self.js(
            "return [typeof window.__pwned === 'undefined' ? null : String(window.__pwned),"
            " document.title, window.__checkPageDialogs || []];"
        )
        found = [f"called {dialog}" for dialog in seen[2]]
        if seen[0] is not None:
            found.append(f"window.__pwned = {seen[0]!r}")
        if "PWNED" in seen[1]:
            found.append(f"document.title = {seen[1]!r}")
        found += [f"alert({text!r})" for text in self.alerts]
        return found

    def entries(self) -> list[dict]:
        """Each entry's id and whether it is hidden (the attribute) and rendered: light enough to
        poll on a page of thousands of entries."""
        return self.js(
            """return Array.from(document.querySelectorAll('section.entry')).map(s => ({
                id: s.id,
                hidden: s.hasAttribute('hidden'),
                rendered: s.getClientRects().length > 0,
            }));"""
        )

    def on_page(self) -> bool:
        current = self.d.current_url.split("#", 1)[0]
        return current == self.url

    # -- the checks ------------------------------------------------------------------------
    def load(self) -> bool:
        # The browser's own start page is in the logs: drop them, so that only the page is read.
        self.d.get("about:blank")
        self.d.get_log("browser")
        self.d.get_log("performance")
        # A dialog would block every WebDriver command: alert(), confirm() and prompt() only record
        # their message (a payload that calls one is caught by pwned()).
        self.d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": """
            for (const name of ['alert', 'confirm', 'prompt'])
                window[name] = function (message) {
                    (window.__checkPageDialogs = window.__checkPageDialogs || []).push(name + '(' + String(message) + ')');
                };"""})
        self.d.get(self.url)
        ready, waited = self.wait_for(lambda: self.js("return document.readyState;"), lambda r: r == "complete")
        time.sleep(0.5)  # let failed loads fire their error events (an onerror payload)
        self.collect_logs()
        return self.c.check("page loads", ready == "complete", f"readyState {ready!r} after {waited:.1f} s")

    def structure(self) -> list[str]:
        c = self.c
        state = self.js("return Array.from(document.querySelectorAll('section.entry')).map(s => [s.id, s.textContent.toLowerCase()]);")
        self.texts = dict(state)
        ids = [i for i, _ in state]
        c.check("entries: section.entry elements", len(ids) > 0, "none on the page", how=f"{len(ids)} entries")
        empty = sum(1 for i in ids if not i)
        c.check("entries: every section.entry has an id", empty == 0, f"{empty} without one")
        seen, dupes = set(), set()
        for i in ids:
            (dupes if i in seen else seen).add(i)
        c.check("entries: ids are unique", not dupes, f"repeated: {sorted(dupes)[:10]}")
        if self.args.data:
            codes = self.codes()
            missing = [x for x in codes if x not in seen]
            extra = [x for x in ids if x not in set(codes)]
            c.check(
                "entries: one per registry code, id = the code",
                not missing and not extra and len(ids) == len(codes),
                f"no section for {missing[:10]}, unexpected {extra[:10]}",
                how=f"{len(codes)} codes",
            )
        kind = self.js("const f = document.getElementById('filter'); return f && [f.tagName, f.type];")
        c.check("filter: <input type=search id=filter>", kind == ["INPUT", "search"], f"found {kind}")
        toc = self.js(
            """const nav = document.querySelector('nav#toc');
            if (!nav) return null;
            const links = Array.from(nav.querySelectorAll('a[href]'));
            const ids = new Set(Array.from(document.querySelectorAll('section.entry')).map(s => s.id));
            const frag = links.map(a => a.getAttribute('href')).filter(h => h.startsWith('#'));
            const dec = h => { try { return decodeURIComponent(h.slice(1)); } catch (e) { return h.slice(1); } };
            return {
                links: links.length,
                local: frag.length,
                broken: frag.filter(h => !document.getElementById(h.slice(1)) && !document.getElementById(dec(h))),
                entries: new Set(frag.map(dec).filter(i => ids.has(i))).size,
            };"""
        )
        if c.check("toc: nav#toc", toc is not None, "no <nav id=toc>"):
            c.check("toc: links to every entry", toc["entries"] == len(seen) and bool(ids),
                    f"{toc['entries']} of {len(seen)} entries linked, by {toc['links']} links",
                    how=f"{toc['entries']} entries linked, {toc['links']} links")
            c.check("toc: every in-page link has its target", not toc["broken"], f"broken: {toc['broken'][:10]}",
                    how=f"{toc['local']} in-page links")
        return ids

    # -- the registry's document (--data) ----------------------------------------------------
    def data(self) -> dict:
        return json.loads(Path(self.args.data).read_text())

    def codes(self) -> list[str]:
        return [str(e["code"]) for e in self.data()["errors"]]

    def aliases(self) -> list[tuple[str, str]]:
        """(alias, its entry's code) for every alias that should be an anchor: not a code, and not
        one of the page's own ids."""
        if not self.args.data:
            return []
        data = self.data()
        taken = set(self.codes()) | {str(r["code"]) for r in data.get("retired", [])} | set(PAGE_IDS)
        return [(a, str(e["code"])) for e in data["errors"] for a in e.get("aliases", []) if a not in taken]

    # -- layout ------------------------------------------------------------------------------
    FIRST_SHOWN = """window.scrollTo(0, 0);
        const first = Array.from(document.querySelectorAll('section.entry')).find(s => s.getClientRects().length > 0);
        const toc = document.querySelector('nav#toc');
        return {id: first ? first.id : null, top: first ? first.getBoundingClientRect().top + window.scrollY : null,
                h: window.innerHeight, toc: toc ? Math.round(toc.getBoundingClientRect().height) : null};"""

    def first_within_screens(self, name: str, what: str) -> None:
        """Check `name`: the first entry shown starts within SCREENS screens of the page's top."""
        got = self.js(self.FIRST_SHOWN)
        seen = (f"{what} #{got['id']} starts at {got['top']:.0f} px, {got['top'] / got['h']:.1f} screens of "
                f"{got['h']} px down (the contents are {got['toc']} px tall)") if got["id"] is not None else f"no {what} shown"
        self.c.check(name, got["id"] is not None and got["top"] < SCREENS * got["h"],
                     f"{seen}; it must start within {SCREENS} screens", how=seen)

    def layout(self) -> None:
        self.first_within_screens(f"layout: the first entry starts within the first {SCREENS} screens", "the first entry")

    # -- anchors -----------------------------------------------------------------------------
    def measure_target(self, ident: str, entry_id: str) -> dict:
        """Polls, a frame at a time, until the entry `entry_id` is rendered, its top in the viewport
        (or at most ABOVE px above it) and the :target (the element `ident`) is the entry or inside it,
        four frames in a row with the page not moving (a script that moves the page after the
        navigation has then done its work), or the patience runs out; returns what it saw last."""
        return self.d.execute_async_script(
            """const [id, entryId, patience, above, done] = arguments;
            const t0 = performance.now();
            let last = NaN, good = 0;
            function step() {
                const entry = document.getElementById(entryId);
                const target = document.querySelector(':target');
                const r = entry ? entry.getBoundingClientRect() : {top: NaN, bottom: NaN};
                const seen = {top: r.top, bottom: r.bottom, h: window.innerHeight, y: window.scrollY,
                              rendered: !!entry && entry.getClientRects().length > 0,
                              target: !!entry && !!target && entry.contains(target),
                              targetId: target ? target.id : null, exists: !!document.getElementById(id),
                              waited: (performance.now() - t0) / 1000};
                const ok = seen.target && seen.rendered && seen.top >= -above && seen.top < seen.h;
                good = ok ? (seen.y === last ? good + 1 : 1) : 0;
                last = seen.y;
                if (good >= 4 || seen.waited > patience) return done(seen);
                requestAnimationFrame(step);
            }
            requestAnimationFrame(step);""",
            ident, entry_id, self.patience(), ABOVE,
        )

    @staticmethod
    def in_view(ident: str, entry_id: str, got: dict) -> str | None:
        """Why entry `entry_id` is not shown as the target of the navigation to `ident`, if not."""
        if got["target"] and got["rendered"] and -ABOVE <= got["top"] < got["h"]:
            return None
        entry = "" if ident == entry_id else f" (entry #{entry_id})"
        if not got["exists"]:
            return f"#{ident}{entry}: no element has this id"
        if not got["rendered"]:
            return f"#{ident}{entry}: after {got['waited']:.1f} s the entry is not rendered"
        return (f"#{ident}{entry}: after {got['waited']:.1f} s its top is at {got['top']:.0f} px of a {got['h']} px "
                f"viewport, the :target is {('#' + got['targetId']) if got['targetId'] is not None else 'nothing'}")

    def follow_in_page(self, pairs: list[tuple[str, str]]) -> tuple[list[str], int]:
        """Follows #IDENT inside the page (location.hash, as a click on a link does) for each
        (ident, entry id), from a scroll position where the entry is out of view (the top of the
        page, or its bottom for an entry near the top) wherever the page is long enough."""
        bad, scrolled = [], 0
        for ident, entry_id in pairs:
            if len(bad) >= REPORTED:
                break
            away = self.js(
                """const [id, entryId] = arguments;
                const el = document.getElementById(entryId);
                if (!el) { location.hash = '#' + encodeURIComponent(id); return false; }
                const top = el.getBoundingClientRect().top + window.scrollY;
                window.scrollTo(0, top > window.innerHeight ? 0 : document.documentElement.scrollHeight);
                const r = el.getBoundingClientRect();
                const away = r.bottom <= 0 || r.top >= window.innerHeight;
                location.hash = '#' + encodeURIComponent(id);
                return away;""",
                ident, entry_id,
            )
            why = self.in_view(ident, entry_id, self.measure_target(ident, entry_id))
            if why:
                bad.append(why)
            elif away:
                scrolled += 1
        return bad, scrolled

    def open_fresh(self, pairs: list[tuple[str, str]]) -> list[str]:
        """Opens PAGE#IDENT afresh (a link from another page) for each (ident, entry id)."""
        bad = []
        for ident, entry_id in pairs:
            if len(bad) >= REPORTED:
                break
            self.d.get("about:blank")
            self.d.get(fragment_url(self.url, ident))
            why = self.in_view(ident, entry_id, self.measure_target(ident, entry_id))
            if why:
                bad.append(why)
        return bad

    def sample(self, pairs: list[tuple[str, str]], most: int) -> list[tuple[str, str]]:
        """At most `most` of `pairs` spread over them (the first and last among them), plus every
        one whose ident needs escaping in a URL and every --anchor."""
        if len(pairs) <= most:
            return pairs
        step = (len(pairs) - 1) / (most - 1)
        chosen = {round(i * step) for i in range(most)}
        chosen |= {i for i, (ident, _) in enumerate(pairs)
                   if urllib.parse.quote(ident, safe="") != ident or ident in self.args.anchor}
        return [pairs[i] for i in sorted(chosen)]

    def anchors(self, ids: list[str]) -> None:
        codes = [(i, i) for i in ids]
        sample = self.sample(codes, IN_PAGE)
        bad, scrolled = self.follow_in_page(sample)
        self.c.check(
            "anchors: following #CODE in the page scrolls each entry into view",
            not bad and bool(ids),
            "; ".join(bad) or "no entries",
            how=f"{len(sample)} of {len(ids)} anchors, {scrolled} of them from out of view",
        )
        sample = self.sample(codes, LOADS)
        bad = self.open_fresh(sample)
        self.c.check(
            "anchors: opening PAGE#CODE shows the entry",
            not bad and bool(sample),
            "; ".join(bad) or "no entries",
            how=f"{len(sample)} of {len(ids)} entries" + (", the first and last among them" if sample != codes else ""),
        )
        aliases = self.aliases()
        missing = [a for a in self.args.anchor if a not in ids and a not in dict(aliases)]
        self.c.check("anchors: every --anchor is a code or an alias of the registry", not missing,
                     f"neither a code nor an anchored alias: {missing}")
        if aliases:
            self.d.get(self.url)
            sample = self.sample(aliases, ALIAS_IN_PAGE)
            bad, scrolled = self.follow_in_page(sample)
            bad += self.open_fresh(self.sample(aliases, ALIAS_LOADS))
            self.c.check(
                "anchors: #ALIAS scrolls to its entry, in the page and opened afresh",
                not bad,
                "; ".join(bad),
                how=f"{len(sample)} of {len(aliases)} aliases in the page, {scrolled} from out of view, "
                    f"{min(len(aliases), ALIAS_LOADS)} opened afresh",
            )
        self.d.get(self.url)
        self.collect_logs()

    # -- filter ------------------------------------------------------------------------------
    TOC_LINKS = """const nav = document.querySelector('nav#toc');
        if (!nav) return null;
        const dec = h => { try { return decodeURIComponent(h); } catch (e) { return h; } };
        // A link is hidden when it or what holds it inside the contents is `hidden` or not
        // displayed; a closed <details> fold only folds it.
        const hiddenLink = a => {
            for (let el = a; el && el !== nav; el = el.parentElement)
                if (el.hidden || getComputedStyle(el).display === 'none') return true;
            return false;
        };
        const out = {};
        for (const a of nav.querySelectorAll('a[href^="#"]')) {
            const entry = document.getElementById(a.getAttribute('href').slice(1)) ||
                          document.getElementById(dec(a.getAttribute('href').slice(1)));
            if (entry && entry.matches('section.entry')) out[entry.id] = [hiddenLink(a), entry.hidden];
        }
        return out;"""

    def toc_follows(self, when: str) -> None:
        """Check: the contents' link to each entry is hidden exactly when the entry is."""
        def wrong(links):
            return [i for i, (link_hidden, entry_hidden) in links.items() if link_hidden != entry_hidden]
        links, waited = self.wait_for(lambda: self.js(self.TOC_LINKS), lambda ls: ls is None or not wrong(ls))
        if links is None:
            return
        bad = wrong(links)
        shown = sum(1 for link_hidden, _ in links.values() if not link_hidden)
        seen = (f"after {waited:.1f} s, links shown to hidden entries: {[i for i in bad if links[i][1]][:10]}; "
                f"links hidden to shown entries: {[i for i in bad if not links[i][1]][:10]}")
        self.c.check(f"toc: the contents follow the filter ({when})", not bad, seen,
                     how=f"{shown} of {len(links)} links shown")

    def type_query(self, box, query: str) -> None:
        from selenium.webdriver.common.keys import Keys

        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.BACKSPACE)
        if query:
            box.send_keys(query)

    def narrow(self, box, query: str, must_show: list[str], first: bool) -> None:
        """Types `query` and checks that the entries, the first match and the contents follow."""
        c = self.c
        q = query.lower()
        shown = lambda s: not s["hidden"] and s["rendered"]
        gone = lambda s: s["hidden"] and not s["rendered"]
        lacks = {i for i, text in self.texts.items() if q not in text}

        def narrowed(st):
            return (all(gone(s) for s in st if s["id"] in lacks) and any(shown(s) for s in st)
                    and all(shown(s) for s in st if s["id"] in must_show))

        self.type_query(box, query)
        state, waited = self.wait_for(self.entries, narrowed)
        wrong_shown = [s["id"] for s in state if s["id"] in lacks and not gone(s)]
        lost = [s["id"] for s in state if s["id"] in must_show and not shown(s)]
        hidden_attr_only = [s["id"] for s in state if s["hidden"] and s["rendered"]]
        c.check(
            f"filter: typing {query!r} hides what does not match",
            narrowed(state),
            f"after {waited:.1f} s, still shown though their text lacks {query!r}: {wrong_shown[:10]}; "
            f"not shown though they match: {lost[:10]}; {sum(shown(s) for s in state)} shown"
            + (f"; hidden yet rendered (CSS overrides `hidden`?): {hidden_attr_only[:10]}" if hidden_attr_only else ""),
            how=f"{sum(gone(s) for s in state)} of {len(state)} hidden",
        )
        if first:
            self.screenshot("-filtered")
        self.first_within_screens(f"filter: typing {query!r}, the first match starts within the first {SCREENS} screens",
                                  "the first match")
        self.toc_follows(f"typing {query!r}")

    def filter(self, ids: list[str]) -> None:
        from selenium.webdriver.common.by import By

        c = self.c
        if not ids:
            c.check("filter: narrows the entries", False, "no entries to filter")
            return
        state = self.entries()
        shown = lambda s: not s["hidden"] and s["rendered"]
        gone = lambda s: s["hidden"] and not s["rendered"]
        c.check("filter: every entry shown before typing", all(shown(s) for s in state),
                f"hidden: {[s['id'] for s in state if not shown(s)][:10]}")
        # A query from the page itself: the first code that not every entry's text holds.
        query = next((i for i in ids if any(i.lower() not in t for t in self.texts.values())), ids[0])
        box = self.d.find_element(By.ID, "filter")
        box.click()
        self.narrow(box, query, [query], first=True)
        for extra in self.args.query:
            self.narrow(box, extra, [], first=False)
        self.type_query(box, NO_MATCH)
        state, waited = self.wait_for(self.entries, lambda st: all(gone(s) for s in st))
        c.check(f"filter: {NO_MATCH!r} hides every entry", all(gone(s) for s in state),
                f"after {waited:.1f} s, still shown: {[s['id'] for s in state if not gone(s)][:10]}")
        self.type_query(box, "")
        state, waited = self.wait_for(self.entries, lambda st: all(shown(s) for s in st))
        value = box.get_attribute("value")
        c.check("filter: clearing it shows every entry again", value == "" and all(shown(s) for s in state),
                f"after {waited:.1f} s, the box holds {value!r}; still hidden: {[s['id'] for s in state if not shown(s)][:10]}")
        self.toc_follows("cleared")
        self.reveal(box, ids[-1])
        self.collect_logs()

    def reveal(self, box, ident: str) -> None:
        """Following a link to an entry the filter hides (an alias link, the address bar) clears
        the filter and shows the entry."""
        self.type_query(box, NO_MATCH)
        self.wait_for(self.entries, lambda st: all(s["hidden"] for s in st))
        self.js("location.hash = '#' + encodeURIComponent(arguments[0]);", ident)
        why = self.in_view(ident, ident, self.measure_target(ident, ident))
        value = box.get_attribute("value")
        self.c.check("filter: following a link to an entry it hides clears it and shows the entry",
                     why is None and value == "", f"{why or 'the entry is shown'}; the box holds {value!r}")
        self.d.get(self.url)

    # -- entries -----------------------------------------------------------------------------
    def retryable(self) -> None:
        """With --data: "Retryable: no" nowhere when the registry marks no entry retryable, and
        "Retryable: yes" in each entry it marks."""
        if not self.args.data:
            return
        marked = [str(e["code"]) for e in self.data()["errors"] if e.get("retryable")]
        says = self.js(
            r"""const out = {};
            for (const s of document.querySelectorAll('section.entry')) {
                const m = /retryable\W*(yes|no)\b/i.exec(s.textContent);
                if (m) out[s.id] = m[1].toLowerCase();
            }
            return out;"""
        )
        if not marked:
            wrong = [i for i, v in says.items() if v == "no"]
            self.c.check("entries: none says \"Retryable: no\" (the registry marks no entry retryable)", not wrong,
                         f"{len(wrong)} entries say it, e.g. {wrong[:10]}", how=f"{len(says)} mention retryable")
        else:
            wrong = [i for i in marked if says.get(i) != "yes"]
            self.c.check("entries: each entry the registry marks retryable says \"Retryable: yes\"", not wrong,
                         f"not said by {wrong[:10]}", how=f"{len(marked)} retryable entries")

    def xss_static(self) -> None:
        found = self.js(
            r"""const out = [];
            const bad = /^\s*(javascript|vbscript|data):/i;
            for (const el of document.querySelectorAll('section.entry, section.entry *')) {
                const tag = el.tagName.toLowerCase();
                if (['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'form'].includes(tag))
                    out.push(`<${tag}> in #${el.closest('section.entry').id}`);
                for (const a of el.attributes) {
                    if (/^on/i.test(a.name)) out.push(`${a.name}= on <${tag}> in #${el.closest('section.entry').id}`);
                }
            }
            for (const el of document.querySelectorAll('[href], [src], [action], [formaction], [data]')) {
                for (const name of ['href', 'src', 'action', 'formaction', 'data']) {
                    const v = el.getAttribute(name);
                    if (v !== null && bad.test(v.replace(/[\u0000-\u0020]/g, '')) &&
                        !(name === 'src' && /^data:image\//i.test(v.trim())))
                        out.push(`${name}="${v.slice(0, 60)}" on <${el.tagName.toLowerCase()}>`);
                }
            }
            return out;"""
        )
        self.c.check("xss: no script, handler or script link survives in the entries", not found, "; ".join(found[:8]))
        for url in self.args.expect_link:
            n = self.js("return Array.from(document.querySelectorAll('a[href]')).filter(a => a.getAttribute('href') === arguments[0]).length;", url)
            self.c.check(f"xss: the link to {url} keeps its target", n > 0, "no <a href> with that target")

    def xss_clicks(self) -> None:
        from selenium.common.exceptions import WebDriverException

        links = self.js(
            """return Array.from(document.querySelectorAll('a')).filter(a => !a.closest('nav#toc')).map((a, i) => {
                a.setAttribute('data-check-page-link', String(i));
                return [String(i), a.getAttribute('href'), a.protocol || ''];
            });"""
        )
        # A marker in the loaded document: a link whose javascript: URL yields a string replaces
        # the whole document (taking window.__pwned with it), which the marker's absence shows.
        mark_page = "window.__checkPageDocument = 1;"
        self.js(mark_page)
        clicked, followed_not, found = 0, [], []
        for mark, href, protocol in links:
            if href is not None and protocol in ("http:", "https:", "mailto:", "ftp:", "file:") and not href.startswith("#"):
                followed_not.append(href)
                continue
            try:
                el = self.d.find_element("css selector", f'a[data-check-page-link="{mark}"]')
                self.js("arguments[0].scrollIntoView({block: 'center'});", el)
                try:
                    el.click()
                except WebDriverException:
                    self.js("arguments[0].click();", el)
                clicked += 1
                time.sleep(0.1)
            except WebDriverException as e:
                self.c.note(f"could not click link {href!r}: {type(e).__name__}")
            ran = self.pwned()
            if not self.on_page():
                ran.append(f"left the page for {self.d.current_url}")
            elif not self.js("return window.__checkPageDocument === 1;"):
                ran.append("replaced the document")
            if ran:
                found.append(f"link {href!r}: " + ", ".join(ran))
                self.d.get(self.url)
                self.js(mark_page)
        self.c.check("xss: no payload ran after clicking every link", not found, "; ".join(found[:5]),
                     how=f"{clicked} links clicked")
        if followed_not:
            self.c.note(f"{len(followed_not)} links to other sites not followed, e.g. {followed_not[:3]}")
        self.collect_logs()

    def without_javascript(self, ids: list[str]) -> None:
        """The page is readable without JavaScript: loaded with scripts off, every entry shows."""
        self.d.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
        try:
            self.d.get("about:blank")
            self.d.get(self.url)
            state = self.entries()
        finally:
            self.d.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
        unseen = [s["id"] for s in state if s["hidden"] or not s["rendered"]]
        self.c.check("no JavaScript: every entry is shown", bool(state) and not unseen and len(state) == len(ids),
                     f"{len(state)} entries, not shown: {unseen[:10]}", how=f"{len(state)} entries")
        self.d.get("about:blank")
        self.d.get(self.url)
        self.collect_logs()

    def screenshot(self, suffix: str = "") -> None:
        out = self.args.screenshots / f"{self.args.name}{suffix}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        self.d.save_screenshot(str(out))

    def screenshots(self) -> None:
        self.js("window.scrollTo(0, 0);")
        self.screenshot()
        self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        self.screenshot("-dark")
        self.d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
        self.c.note(f"screenshots: {self.args.screenshots / self.args.name}.png, -dark.png, -filtered.png")

    def local_payload_file(self, url: str) -> bool:
        """The file:// URL that `<img src=x>` of the XSS registry resolves to, beside the page."""
        if not self.args.xss or not url.startswith("file:"):
            return False
        path = Path(urllib.parse.unquote(urllib.parse.urlsplit(url).path))
        return path.parent == self.page.parent and path != self.page

    def network(self) -> None:
        self.collect_logs()
        requests = []
        for entry in self.perf:
            message = json.loads(entry["message"])["message"]
            if message.get("method") != "Network.requestWillBeSent":
                continue
            url = message["params"]["request"]["url"]
            requests.append(url)
        others = [u for u in requests if u.split("#", 1)[0] != self.url and not u.startswith(("data:", "about:", "blob:"))]
        allowed = [u for u in others if self.local_payload_file(u)]
        others = [u for u in others if u not in allowed]
        resources = self.js("return performance.getEntriesByType('resource').map(e => e.name);")
        resources = [u for u in resources if not u.startswith(("data:", "blob:")) and not self.local_payload_file(u)]
        if allowed:
            self.c.note(f"allowed local file requests made by the registry's <img src=x>: {sorted(set(allowed))}")
        self.c.check(
            "network: nothing fetched but the page itself",
            not others and not resources and self.url in [u.split('#', 1)[0] for u in requests],
            f"requested: {sorted(set(others))[:10]}; resource entries: {resources[:10]}"
            + ("" if others or resources else "; the log does not even hold the page's own request"),
            how=f"{len(requests)} request(s) logged, all of the page itself or data: URLs",
        )

    def console_errors(self) -> None:
        self.collect_logs()
        severe = [e for e in self.console if e.get("level") == "SEVERE"]
        tolerated = [e for e in severe if self.args.xss and "Failed to load resource" in e["message"] and any(
            self.local_payload_file(word) for word in e["message"].split())]
        severe = [e for e in severe if e not in tolerated]
        for e in self.console:
            if e.get("level") != "SEVERE":
                self.c.note(f"console {e.get('level')}: {e['message'][:200]}")
        if tolerated:
            self.c.note(f"allowed: {len(tolerated)} failed load(s) of the registry's <img src=x>")
        self.c.check("console: no errors", not severe, "; ".join(e["message"][:200] for e in severe[:5]))

    def run(self) -> None:
        if not self.load():
            return
        steps = []
        if self.args.xss:
            steps += [("xss on load", self.xss_on_load), ("xss in the entries", self.xss_static)]
        ids: list[str] = []

        def structure() -> None:
            ids.extend(self.structure())

        steps += [("structure", structure), ("layout", self.layout), ("entries", self.retryable),
                  ("filter", lambda: self.filter(ids)), ("anchors", lambda: self.anchors(ids))]
        if self.args.xss:
            steps.append(("xss clicks", self.xss_clicks))
        steps += [("no JavaScript", lambda: self.without_javascript(ids)), ("screenshots", self.screenshots),
                  ("console", self.console_errors), ("network", self.network)]
        for name, step in steps:
            self.step = name
            step()

    def xss_on_load(self) -> None:
        found = self.pwned()
        self.c.check("xss: no payload ran on load", not found, "; ".join(found))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--name", help="the screenshots' name (default: the page's file name)")
    parser.add_argument("--data", help="the registry's document (errcodes export --format json): the page must have "
                                       "exactly its codes, an anchor per alias, and no 'Retryable: no' if none is")
    parser.add_argument("--query", action="append", default=[], metavar="WORDS",
                        help="also type WORDS in the filter box: it must narrow the entries and the contents")
    parser.add_argument("--anchor", action="append", default=[], metavar="ID",
                        help="a code or alias always among the anchors followed")
    parser.add_argument("--timeout", type=float, default=TIMEOUT,
                        help="the longest wait for the page, in seconds (default %(default)s)")
    parser.add_argument("--xss", action="store_true", help="the page of a registry with XSS payloads: none may run")
    parser.add_argument("--expect-link", action="append", default=[], metavar="URL",
                        help="with --xss: a link of the registry that must keep its target")
    parser.add_argument("--screenshots", type=Path, default=ROOT / "target" / "browser" / "screenshots")
    args = parser.parse_args()
    page = args.page.resolve()
    if not page.is_file():
        print(f"check_page.py: error: {args.page}: no such file", file=sys.stderr)
        return 2
    args.name = args.name or page.stem
    log_dir = ROOT / "target" / "browser" / "logs" / args.name
    log_dir.mkdir(parents=True, exist_ok=True)
    print(f"== browser: {args.page} ({'xss, ' if args.xss else ''}screenshots {args.name})", flush=True)
    checks = Checks()
    try:
        driver = start_browser(log_dir, args.timeout)
    except Exception as e:  # noqa: BLE001 - any failure to start is reported and fails
        first = str(e).splitlines()[0] if str(e) else ""
        print(f"FAIL the browser starts: cannot start Chromium over WebDriver, twice: {type(e).__name__}: {first} "
              f"(see {log_dir / 'chromedriver.log'})", flush=True)
        print("0 passed, 1 failed")
        return 2
    checker = PageChecker(driver, page, args, checks)
    try:
        checker.run()
    except Exception as e:  # noqa: BLE001 - a check that crashes is a failed check
        first = str(e).splitlines()[0] if str(e) else ""
        checks.check("the checks ran to the end", False, f"crashed in step {checker.step!r}: {type(e).__name__}: {first}")
    finally:
        driver.quit()
    print(f"{checks.passed} passed, {len(checks.failed)} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())

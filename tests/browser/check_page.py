#!/usr/bin/env python3
"""Checks an error index page (`errcodes export --format html`) in a real headless Chromium.

Usage: check_page.py PAGE.html [--name NAME] [--codes CODES.json] [--xss] [--expect-link URL]...

The page is opened from a file:// URL with Debian's Chromium, driven over WebDriver by Debian's
chromedriver (its path is passed explicitly: Selenium never looks for or downloads a driver).
Checked, against the page's contract:
  - structure: one <section class="entry" id="CODE"> per entry, ids unique (and, with --codes,
    exactly the registry's codes), <input type="search" id="filter">, <nav id="toc"> linking
    to every entry, whose in-page links all lead to an element of the page;
  - anchors: following #CODE inside the page (location.hash, as a table-of-contents link does)
    brings each entry into the viewport and makes it the :target, the page being scrolled away
    from it first wherever it is long enough; so does opening PAGE#CODE afresh (every entry, or
    40 spread over a longer page plus every code that needs escaping in a URL);
  - filter: typing the first entry's code hides (the `hidden` attribute, and nothing rendered)
    every entry whose text does not hold it and keeps that entry shown; a query nothing matches
    hides them all; clearing the box (Ctrl+A, Backspace, as a person does) shows every one again;
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
Screenshots (light and dark colour scheme) go to target/browser/screenshots/NAME.png and
NAME-dark.png. Every check prints `ok` or `FAIL`; the last line is `N passed, N failed`, and the
exit code is 1 when any check failed (2 when the browser could not be started at all).
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


def start_browser(log_dir: Path):
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
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(30)
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

    # -- helpers ---------------------------------------------------------------------------
    def js(self, script: str, *args):
        return self.d.execute_script(script, *args)

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
        return self.js(
            """return Array.from(document.querySelectorAll('section.entry')).map(s => ({
                id: s.id,
                hidden: s.hasAttribute('hidden'),
                rendered: s.getClientRects().length > 0,
                text: s.textContent.toLowerCase(),
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
        time.sleep(0.5)  # let failed loads fire their error events (an onerror payload)
        self.collect_logs()
        ready = self.js("return document.readyState;")
        return self.c.check("page loads", ready == "complete", f"readyState {ready}")

    def structure(self) -> list[str]:
        c = self.c
        ids = [e["id"] for e in self.entries()]
        c.check("entries: section.entry elements", len(ids) > 0, "none on the page", how=f"{len(ids)} entries")
        empty = sum(1 for i in ids if not i)
        c.check("entries: every section.entry has an id", empty == 0, f"{empty} without one")
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        c.check("entries: ids are unique", not dupes, f"repeated: {dupes[:10]}")
        if self.args.codes:
            codes = [str(x) for x in json.loads(Path(self.args.codes).read_text())]
            missing = [x for x in codes if x not in ids]
            extra = [x for x in ids if x not in codes]
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
            c.check("toc: links to every entry", toc["entries"] == len(set(ids)) and bool(ids),
                    f"{toc['entries']} of {len(set(ids))} entries linked, by {toc['links']} links",
                    how=f"{toc['entries']} entries linked, {toc['links']} links")
            c.check("toc: every in-page link has its target", not toc["broken"], f"broken: {toc['broken'][:10]}",
                    how=f"{toc['local']} in-page links")
        return ids

    def measure_target(self, ident: str) -> dict:
        """Where entry `ident` is, once the scroll position has held for a few frames (a smooth
        scroll, or a script that moves the page after the navigation, has then done its work)."""
        return self.d.execute_async_script(
            """const [id, done] = arguments;
            const t0 = performance.now();
            let last = NaN, same = 0;
            function step() {
                same = window.scrollY === last ? same + 1 : 0;
                last = window.scrollY;
                if (same < 4 && performance.now() - t0 < 3000) return requestAnimationFrame(step);
                const el = document.getElementById(id);
                const r = el ? el.getBoundingClientRect() : {top: NaN, bottom: NaN};
                done({top: r.top, bottom: r.bottom, h: window.innerHeight,
                      target: !!el && document.querySelector(':target') === el});
            }
            requestAnimationFrame(step);""",
            ident,
        )

    @staticmethod
    def in_view(ident: str, got: dict) -> str | None:
        """Why entry `ident` is not shown as the target of the navigation, if it is not."""
        if got["top"] < got["h"] and got["bottom"] > 0 and got["target"]:
            return None
        return f"#{ident}: top {got['top']:.0f}, bottom {got['bottom']:.0f}, viewport {got['h']}, :target {got['target']}"

    def anchors(self, ids: list[str]) -> None:
        # 1. Every entry, as a link inside the page is followed (location.hash, as a click on
        #    a table-of-contents link does), from a scroll position where it is out of view
        #    (the top of the page, or its bottom for an entry near the top) wherever the page is
        #    long enough for that.
        bad, scrolled = [], 0
        for ident in ids:
            away = self.js(
                """const el = document.getElementById(arguments[0]);
                const top = el.getBoundingClientRect().top + window.scrollY;
                window.scrollTo(0, top > window.innerHeight ? 0 : document.documentElement.scrollHeight);
                const r = el.getBoundingClientRect();
                const away = r.bottom <= 0 || r.top >= window.innerHeight;
                location.hash = '#' + encodeURIComponent(arguments[0]);
                return away;""",
                ident,
            )
            why = self.in_view(ident, self.measure_target(ident))
            if why:
                bad.append(why)
            elif away:
                scrolled += 1
        self.c.check(
            "anchors: following #CODE in the page scrolls each entry into view",
            not bad and bool(ids),
            "; ".join(bad[:5]) or "no entries",
            how=f"{len(ids)} anchors, {scrolled} of them from out of view",
        )
        # 2. Opening PAGE#CODE afresh (a link from another page, such as a registry's url
        #    template): every entry of a page of up to LOADS entries, else LOADS of them spread
        #    over the page, and every entry whose code needs escaping in a URL.
        if len(ids) <= LOADS:
            sample = ids
        else:
            step = (len(ids) - 1) / (LOADS - 1)
            sample = sorted({ids[round(i * step)] for i in range(LOADS)} |
                            {i for i in ids if urllib.parse.quote(i, safe="") != i}, key=ids.index)
        bad = []
        for ident in sample:
            self.d.get("about:blank")
            self.d.get(fragment_url(self.url, ident))
            why = self.in_view(ident, self.measure_target(ident))
            if why:
                bad.append(why)
        self.c.check(
            "anchors: opening PAGE#CODE shows the entry",
            not bad and bool(sample),
            "; ".join(bad[:5]) or "no entries",
            how=f"{len(sample)} of {len(ids)} entries" + (", the first and last among them" if sample != ids else ""),
        )
        self.d.get(self.url)
        self.collect_logs()

    def wait_for(self, predicate, timeout: float = 3.0):
        end = time.monotonic() + timeout
        while True:
            state = self.entries()
            if predicate(state) or time.monotonic() > end:
                return state
            time.sleep(0.1)

    def filter(self, ids: list[str]) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

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
        query = next((i for i in ids if any(i.lower() not in s["text"] for s in state)), ids[0])
        q = query.lower()
        box = self.d.find_element(By.ID, "filter")
        box.click()
        box.send_keys(query)

        def narrowed(st):
            return all(gone(s) for s in st if q not in s["text"]) and all(shown(s) for s in st if s["id"] == query)

        state = self.wait_for(narrowed)
        wrong_shown = [s["id"] for s in state if q not in s["text"] and not gone(s)]
        lost = [s["id"] for s in state if s["id"] == query and not shown(s)]
        hidden_attr_only = [s["id"] for s in state if s["hidden"] and s["rendered"]]
        c.check(
            f"filter: typing {query!r} hides what does not match",
            not wrong_shown and not lost,
            f"still shown though their text lacks {query!r}: {wrong_shown[:10]}; the entry {lost} itself is not shown"
            + (f"; hidden yet rendered (CSS overrides `hidden`?): {hidden_attr_only[:10]}" if hidden_attr_only else ""),
            how=f"{sum(gone(s) for s in state)} of {len(state)} hidden",
        )
        self.screenshot("-filtered")
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.BACKSPACE)
        box.send_keys(NO_MATCH)
        state = self.wait_for(lambda st: all(gone(s) for s in st))
        c.check(f"filter: {NO_MATCH!r} hides every entry", all(gone(s) for s in state),
                f"still shown: {[s['id'] for s in state if not gone(s)][:10]}")
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(Keys.BACKSPACE)
        state = self.wait_for(lambda st: all(shown(s) for s in st))
        value = box.get_attribute("value")
        c.check("filter: clearing it shows every entry again", value == "" and all(shown(s) for s in state),
                f"box holds {value!r}; still hidden: {[s['id'] for s in state if not shown(s)][:10]}")
        self.collect_logs()

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
        if self.args.xss:
            found = self.pwned()
            self.c.check("xss: no payload ran on load", not found, "; ".join(found))
            self.xss_static()
        ids = self.structure()
        self.filter(ids)
        self.anchors(ids)
        if self.args.xss:
            self.xss_clicks()
        self.without_javascript(ids)
        self.screenshots()
        self.console_errors()
        self.network()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--name", help="the screenshots' name (default: the page's file name)")
    parser.add_argument("--codes", help="a JSON list of the registry's codes: the page must have exactly these entries")
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
        driver = start_browser(log_dir)
    except Exception as e:  # noqa: BLE001 - any failure to start is reported and fails
        print(f"check_page.py: error: cannot start Chromium over WebDriver: {e}", file=sys.stderr)
        print(f"see {log_dir / 'chromedriver.log'}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 2
    try:
        PageChecker(driver, page, args, checks).run()
    except Exception as e:  # noqa: BLE001 - a check that crashes is a failed check
        checks.check("the checks ran to the end", False, f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}")
    finally:
        driver.quit()
    print(f"{checks.passed} passed, {len(checks.failed)} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())

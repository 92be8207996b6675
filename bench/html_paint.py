#!/usr/bin/env python3
"""html_paint.py PAGE.html [RUNS] - how fast entgraph's interactive view comes up in headless
Chromium, driven over the DevTools protocol on a pipe (--remote-debugging-pipe: no websocket
module needed). For each run, a fresh browser loads file://PAGE and reports, in ms from the
start of navigation: the first frame painted with the graph (data-drawn-ms), the page read
whole and its #q= / #click= / --ego selection made (data-ready-ms) and painted
(data-painted-ms), and Chromium's own first-contentful-paint (often the side panel alone,
before the script ran). Also the page's element count. Prints one line per run."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

page = os.path.abspath(sys.argv[1])
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
browser = shutil.which("chromium") or shutil.which("chromium-browser")


class Cdp:
    def __init__(self, profile):
        r3, w3 = os.pipe()  # browser reads commands on fd 3
        r4, w4 = os.pipe()  # and writes replies on fd 4

        def fds():  # r3 and w4 to fds 3 and 4, whatever numbers the pipes got
            a, b = os.dup(r3), os.dup(w4)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.p = subprocess.Popen(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--remote-debugging-pipe", "--user-data-dir=" + profile, "about:blank"],
            pass_fds=(3, 4), preexec_fn=fds, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(r3)
        os.close(w4)
        self.w, self.r = os.fdopen(w3, "wb"), os.fdopen(r4, "rb")
        self.n, self.buf = 0, b""

    def call(self, method, params=None, session=None):
        self.n += 1
        msg = {"id": self.n, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.w.write(json.dumps(msg).encode() + b"\0")
        self.w.flush()
        while True:
            while b"\0" not in self.buf:
                chunk = os.read(self.r.fileno(), 1 << 16)
                if not chunk:
                    raise RuntimeError("browser closed the pipe")
                self.buf += chunk
            raw, self.buf = self.buf.split(b"\0", 1)
            m = json.loads(raw)
            if m.get("id") == self.n:
                if "error" in m:
                    raise RuntimeError(m["error"])
                return m["result"]

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        self.p.wait(timeout=30)


PROBE = """JSON.stringify({
  drawn: document.body && document.body.getAttribute("data-drawn-ms"),
  ready: document.body && document.body.getAttribute("data-ready-ms"),
  painted: document.body && document.body.getAttribute("data-painted-ms"),
  fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime,
  elements: document.getElementsByTagName("*").length, t: document.body && document.body.getAttribute("data-t")})"""

for run in range(runs):
    with tempfile.TemporaryDirectory() as profile:
        c = Cdp(profile)
        t = c.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        s = c.call("Target.attachToTarget", {"targetId": t, "flatten": True})["sessionId"]
        c.call("Page.enable", session=s)
        c.call("Page.navigate", {"url": "file://" + page}, session=s)
        deadline, r = time.time() + 120, {}
        while time.time() < deadline:
            v = c.call("Runtime.evaluate", {"expression": PROBE, "returnByValue": True},
                       session=s)["result"].get("value")
            r = json.loads(v) if v else {}
            if r.get("painted") or (r.get("ready") and time.time() > deadline - 110):
                break  # a page without the painted mark: its script end after 10 s
            time.sleep(0.05)
        c.close()
    fcp = r.get("fcp")
    print(f"run {run + 1}: graph painted {r.get('drawn')} ms, ready {r.get('ready')} ms, "
          f"painted {r.get('painted')} ms, "
          f"first-contentful-paint {round(fcp) if fcp else None} ms, "
          f"{r.get('elements')} elements {r.get('t') or ''}")

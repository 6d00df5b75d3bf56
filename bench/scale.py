#!/usr/bin/env python3
"""Scale benchmark of rolwijzer (issue 10, point 9).

Generates role divisions of 12, 100 and 342 municipalities (five people each, every
catalogue task, some own tasks, groups), stores them through the API of a running
`rolwijzer serve` (release build, fresh SQLite file), signs in as their owner and
fetches every page a member reaches from the overview by following links (the matrix in
edit mode included), once per distinct page. Records per size the largest and the
slowest page, the largest download, and the server's resident memory afterwards, as a
Markdown table for docs/PERFORMANCE.md.

    python3 bench/scale.py --bin target/release/rolwijzer [--sizes 12,100,342]

Only the standard library; bench/scale.sh builds the binary and runs this.
"""

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

TASKS = [
    "contact-person", "repository-admin", "technical-maintenance",
    "meeting-coordination", "collaboration-coordination", "community-contribution",
    "financial-management", "community-management", "product-ownership",
    "architecture", "development-team-lead", "recruitment", "communication",
    "monitoring-reporting", "supplier-management",
]
OWN_TASKS = ["security-officer", "accessibility", "privacy-officer", "hosting", "training"]
PASSWORD = "een heel goed wachtwoord voor de bench"
# A few variants of each kind of page are fetched (a person opened, a task shown), not
# every one: the budget is per page, and the bench must end at 342 municipalities.
VARIANTS_PER_PATH = 3


def division(n):
    """A structured collaboration of n municipalities with five people each."""
    parties, people = [], []
    for m in range(n):
        pid = f"gemeente-{m + 1}"
        parties.append({"id": pid, "name": f"Gemeente {m + 1}", "kind": "municipality",
                        "contact": f"p{m + 1}-1", "inhabitants": 20000 + 1000 * m})
        for k in range(1, 6):
            person = {"id": f"p{m + 1}-{k}", "name": f"Persoon {k} van gemeente {m + 1}",
                      "party": pid, "title": "Beleidsmedewerker",
                      "email": f"persoon{k}@gemeente{m + 1}.example.nl",
                      "hours_per_week": 4}
            if k == 2:
                person["repository_admin"] = True
                person["forge_username"] = f"dev{m + 1}"
            people.append(person)

    def who(i, k):
        return f"p{i % n + 1}-{k}"

    groups = [
        {"id": "stuurgroep", "name": "Stuurgroep",
         "members": [who(i, 1) for i in range(min(n, 7))]},
        {"id": "deelnemers", "name": "Alle deelnemers", "all_parties": True},
    ]
    assignments = []
    for i, task in enumerate(TASKS):
        assignments.append({
            "task": task, "responsible": [who(i, 2), who(i + 1, 2)],
            "accountable": who(i + 2, 1), "consulted": ["stuurgroep"],
            "informed": [{"who": "deelnemers", "via": "nieuwsbrief"}],
            "backup": [who(i + 3, 3)], "hours_per_week": 2,
            "process": f"https://example.org/handboek/{task}",
        })
    for i, key in enumerate(OWN_TASKS):
        assignments.append({
            "task": "custom", "id": key, "name": key.replace("-", " ").capitalize(),
            "responsible": [who(i + 5, 4)], "accountable": who(i + 6, 1),
            "backup": [who(i + 7, 5)], "hours_per_week": 1,
        })
    return {
        "version": 1,
        "collaboration": {
            "name": f"Schaalproef {n} gemeenten", "ambition": "structured",
            "arrangement": "coordinating", "coordinator": "gemeente-1",
            "contribution": True, "separate_administration": True,
            "fixed_costs_per_month": 10000, "reserve": 50000,
            "last_evaluation": "2026-03-16", "evaluation_interval_months": 12,
            "how_to_join": "Neem contact op met de coördinator.",
        },
        "parties": parties, "people": people, "groups": groups,
        "assignments": assignments,
    }


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def request(base, path, method="GET", headers=None, data=None):
    req = urllib.request.Request(base + path, method=method, headers=headers or {},
                                 data=data)
    start = time.perf_counter()
    try:
        with OPENER.open(req, timeout=120) as r:
            body = r.read()
            status, hdrs = r.status, r.headers
    except urllib.error.HTTPError as e:
        body, status, hdrs = e.read(), e.code, e.headers
    return status, hdrs, body, (time.perf_counter() - start) * 1000


def run(binary, args, db):
    out = subprocess.run([binary, *args, "--database", db], capture_output=True,
                         text=True, check=True, env={**os.environ, "RUST_LOG": "warn"})
    return out.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--sizes", default="12,100,342")
    ap.add_argument("--port", type=int, default=18090)
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    work = tempfile.mkdtemp(prefix="rolwijzer-scale-")
    db = f"sqlite://{work}/scale.db"
    base = f"http://127.0.0.1:{a.port}"
    server = subprocess.Popen(
        [a.bin, "serve", "--database", db, "--listen", f"127.0.0.1:{a.port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "RUST_LOG": "warn"})
    try:
        for _ in range(600):
            try:
                if request(base, "/healthz")[0] == 200:
                    break
            except OSError:
                time.sleep(0.05)
        out = run(a.bin, ["user", "add", "eigenaar"], db)
        link = re.search(r"(/setup/\S+)", out).group(1)
        form = urllib.parse.urlencode({"password": PASSWORD, "repeat": PASSWORD}).encode()
        same_site = {"Sec-Fetch-Site": "same-origin",
                     "Content-Type": "application/x-www-form-urlencoded"}
        assert request(base, link, "POST", same_site, form)[0] == 303
        token = run(a.bin, ["user", "token", "eigenaar", "--name", "scale"], db).strip().splitlines()[-1]
        form = urllib.parse.urlencode({"username": "eigenaar", "password": PASSWORD}).encode()
        status, hdrs, body, _ = request(base, "/login", "POST", same_site, form)
        assert status == 303, body[:300]
        cookie = next(c.split(";")[0] for c in hdrs.get_all("Set-Cookie")
                      if c.startswith("rolwijzer_session="))

        print(f"rolwijzer {run_version(a.bin)}, {os.cpu_count()} cores, "
              f"{time.strftime('%Y-%m-%d', time.gmtime())}, "
              f"{'release' if '/release/' in a.bin else 'debug'} build, SQLite")
        print()
        print("| municipalities | people | pages | matrix in edit mode | largest page "
              "| slowest page | largest download | slowest download | server memory after |")
        print("|---|---|---|---|---|---|---|---|---|")
        for n in sizes:
            doc = json.dumps(division(n)).encode()
            status, hdrs, body, _ = request(
                base, f"/api/collaborations?slug=schaal-{n}", "POST",
                {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
                doc)
            assert status == 201, body[:500]
            slug = hdrs["Location"].split("/")[3]
            pages, downloads = crawl(base, slug, cookie)
            rss = memory(server.pid)
            big = max(pages, key=lambda p: p[1])
            slow = max(pages, key=lambda p: p[2])
            dbig = max(downloads, key=lambda p: p[1], default=("-", 0, 0))
            dslow = max(downloads, key=lambda p: p[2], default=("-", 0, 0))
            edit = next(p for p in pages if p[0].endswith("/matrix?edit=1"))
            print(f"| {n} | {5 * n} | {len(pages)} + {len(downloads)} downloads "
                  f"| {kb(edit[1])}, {edit[2]:.0f} ms "
                  f"| {kb(big[1])} `{short(big[0], slug)}` "
                  f"| {slow[2]:.0f} ms `{short(slow[0], slug)}` "
                  f"| {kb(dbig[1])} `{short(dbig[0], slug)}` "
                  f"| {dslow[2]:.0f} ms `{short(dslow[0], slug)}` | {rss} |")
            over = [p for p in pages if p[1] > 500 * 1024 or p[2] > 150]
            for p in sorted(over, key=lambda p: -p[1])[:10]:
                print(f"|  | over budget: `{short(p[0], slug)}` | | | {kb(p[1])} | "
                      f"{p[2]:.0f} ms | | | |")
            sys.stdout.flush()
    finally:
        server.terminate()
        server.wait()


def crawl(base, slug, cookie):
    """Every page under /c/{slug} reachable by links; (path, bytes, ms) each."""
    start = f"/c/{slug}"
    queue = [start, f"{start}/matrix?edit=1"]
    seen, per_path = set(queue), {}
    pages, downloads = [], []
    while queue:
        path = queue.pop(0)
        status, hdrs, body, ms = request(base, path, headers={"Cookie": cookie})
        if status != 200:
            continue
        kind = hdrs.get("Content-Type", "")
        if not kind.startswith("text/html"):
            downloads.append((path, len(body), ms))
            continue
        pages.append((path, len(body), ms))
        for href in re.findall(r'href="([^"#]+)', body.decode("utf-8", "replace")):
            href = html.unescape(href)
            if not href.startswith(start) or href in seen:
                continue
            if "lang=" in href and "/export/" not in href:
                continue  # the same page in the other language (exports keep theirs)
            # One kind of page: the path with its last part and query left out
            # (…/task/KEY, …/people?open=ID).
            kind = href.split("?")[0]
            if "/export/" not in href and ("?" in href or kind.count("/") > 3):
                kind = kind.rsplit("/", 1)[0] + "/*"
                per_path[kind] = per_path.get(kind, 0) + 1
                if per_path[kind] > VARIANTS_PER_PATH:
                    continue
            seen.add(href)
            queue.append(href)
    return pages, downloads


def memory(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return f"{int(line.split()[1]) // 1024} MB"
    return "?"


def kb(n):
    return f"{n / 1024:.0f} KB"


def short(path, slug):
    return path.replace(f"/c/{slug}", "…") or "…"


def run_version(binary):
    return subprocess.run([binary, "--version"], capture_output=True,
                          text=True).stdout.split()[-1]


if __name__ == "__main__":
    main()

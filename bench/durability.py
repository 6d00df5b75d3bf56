#!/usr/bin/env python3
"""Durability run of rolwijzer (issue 5).

Starts `rolwijzer serve`, lets several editors save through the JSON API at the same
time, kills the server with SIGKILL at a random moment, starts it again, and checks
that every save that was answered 2xx is in the newest revision and that the
database is intact. Repeats that KILLS times, on SQLite or on PostgreSQL.

    bench/durability.py --backend sqlite   [--kills 50] [--bin target/debug/rolwijzer]
    bench/durability.py --backend postgres [--postgres postgres://postgres@127.0.0.1:5432/test]

Only the Python standard library is used. Exit 0 when nothing was lost.
"""

import argparse
import http.client
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

EDITORS = 4
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "examples", "gestructureerd-twaalf-gemeenten.yaml")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, database, log):
        self.binary, self.database, self.log = binary, database, log
        self.port = free_port()
        self.proc = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.proc = subprocess.Popen(
            [self.binary, "serve", "--database", self.database,
             "--listen", f"127.0.0.1:{self.port}"],
            stdout=self.log, stderr=self.log)
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"serve exited with {self.proc.returncode}; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.base + "/", timeout=1) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.02)
        raise SystemExit("serve did not answer within 30 s")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


def request(method, url, token, body=None, headers=None, timeout=10):
    h = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    if body is not None:
        h["Content-Type"] = "application/json"
    h.update(headers or {})
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers=h)
    # Header names are case-insensitive (HTTP/1.1 servers such as hyper send them in
    # lowercase): keep them lowercased so look-ups do not depend on the spelling.
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def cli(binary, database, *args):
    out = subprocess.run([binary, *args, "--database", database],
                         capture_output=True, text=True, check=True)
    return out.stdout


class Editor(threading.Thread):
    """Reads the newest revision, adds a party of its own, saves with If-Match;
    retries on 412; stops at the first connection error (the server was killed)."""

    def __init__(self, n, base, slug, token, acked, lock, stop):
        super().__init__(daemon=True)
        self.n, self.base, self.slug, self.token = n, base, slug, token
        self.acked, self.lock, self.stop = acked, lock, stop
        self.seq = 0
        self.errors = []

    def run(self):
        url = f"{self.base}/api/collaborations/{self.slug}/document"
        while not self.stop.is_set():
            try:
                status, headers, body = request("GET", url, self.token)
                if status != 200:
                    self.errors.append(f"GET {status}: {body[:200]!r}")
                    return
                doc = json.loads(body)
                etag = headers.get("etag")
                if not etag:
                    self.errors.append(f"GET without ETag: {headers}")
                    return
                party = f"e{self.n}-{os.getpid()}-{time.time_ns()}"
                doc["parties"].append({"id": party, "name": f"Editor {self.n} {self.seq}"})
                status, headers, body = request("PUT", url, self.token, doc, {"If-Match": etag})
                if status in (200, 201, 204):
                    with self.lock:
                        self.acked.append(party)
                    self.seq += 1
                elif status == 412:
                    continue
                else:
                    self.errors.append(f"PUT {status}: {body[:300]!r}")
                    return
            except (urllib.error.URLError, OSError, http.client.HTTPException):
                # Killed mid-request (refused, reset, or a response cut off half-way,
                # which http.client reports as IncompleteRead/RemoteDisconnected): this
                # save was never answered.
                return
            except Exception as e:  # noqa: BLE001 - any other failure is a finding
                self.errors.append(f"{type(e).__name__}: {e}")
                return


def check_sqlite(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        heads = con.execute(
            "SELECT c.slug, c.head, MAX(r.number), COUNT(r.number) FROM collaborations c "
            "JOIN revisions r ON r.collaboration_id = c.id GROUP BY c.id").fetchall()
    finally:
        con.close()
    if ok != "ok":
        raise SystemExit(f"integrity_check: {ok}")
    for slug, head, top, count in heads:
        if head != top or count != top:
            raise SystemExit(f"{slug}: head {head}, newest revision {top}, {count} revisions")


def check_postgres(url, schema):
    q = ("SELECT c.slug, c.head, MAX(r.number), COUNT(r.number) FROM "
         f"{schema}.collaborations c JOIN {schema}.revisions r ON r.collaboration_id = c.id "
         "GROUP BY c.id")
    out = subprocess.run(["psql", url, "-At", "-F", " ", "-c", q],
                         capture_output=True, text=True, check=True).stdout
    for line in out.strip().splitlines():
        slug, head, top, count = line.split()
        if head != top or count != top:
            raise SystemExit(f"{slug}: head {head}, newest revision {top}, {count} revisions")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--kills", type=int, default=50)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "rolwijzer"))
    ap.add_argument("--postgres", default=os.environ.get(
        "ROLWIJZER_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/test"))
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)

    work = tempfile.mkdtemp(prefix="rolwijzer-durability-")
    log = open(os.path.join(work, "serve.log"), "ab")
    schema = None
    if args.backend == "sqlite":
        db_path = os.path.join(work, "durability.db")
        database = f"sqlite://{db_path}"
    else:
        schema = f"durability_{os.getpid()}_{rng.randrange(1 << 20)}"
        subprocess.run(["psql", args.postgres, "-qc", f"CREATE SCHEMA {schema}"], check=True)
        sep = "&" if "?" in args.postgres else "?"
        database = f"{args.postgres}{sep}options=-c%20search_path%3D{schema}"

    server = Server(args.bin, database, log)
    server.start()
    cli(args.bin, database, "user", "add", "durability")
    token = cli(args.bin, database, "user", "token", "durability", "--name", "durability").strip().splitlines()[-1].strip()
    with open(EXAMPLE, encoding="utf-8") as f:
        yaml_text = f.read()
    req = urllib.request.Request(
        f"{server.base}/api/collaborations?slug=durable", data=yaml_text.encode(), method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/yaml",
                 "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        if r.status != 201:
            raise SystemExit(f"creating the collaboration: {r.status}")
        # rolwijzer adds a random part to the slug asked for: read it from the answer.
        slug = json.loads(r.read())["slug"]

    acked, lock = [], threading.Lock()
    total_errors = []
    started = time.time()
    for k in range(args.kills):
        stop = threading.Event()
        editors = [Editor(i, server.base, slug, token, acked, lock, stop) for i in range(EDITORS)]
        for e in editors:
            e.start()
        time.sleep(rng.uniform(0.05, 0.8))
        server.kill()
        stop.set()
        for e in editors:
            e.join(timeout=15)
            total_errors.extend(e.errors)
        if total_errors:
            raise SystemExit(f"after kill {k + 1}: editors got errors: {total_errors[:3]}")
        server.start()
        status, _, body = request("GET", f"{server.base}/api/collaborations/{slug}/document", token)
        if status != 200:
            raise SystemExit(f"after kill {k + 1}: GET document answered {status}")
        have = {p["id"] for p in json.loads(body)["parties"]}
        with lock:
            lost = [p for p in acked if p not in have]
        if lost:
            raise SystemExit(f"after kill {k + 1}: {len(lost)} answered saves lost, e.g. {lost[:3]}")
    if not acked:
        # Nothing saved means nothing was tested: not a pass.
        raise SystemExit("no save was answered; the run tested nothing")
    server.kill()
    if args.backend == "sqlite":
        check_sqlite(db_path)
    else:
        check_postgres(args.postgres, schema)
        # Without the NOTICE that lists every dropped table.
        subprocess.run(["psql", args.postgres, "-qc",
                        f"SET client_min_messages = warning; DROP SCHEMA {schema} CASCADE"],
                       check=True)
    print(f"{args.backend}: {args.kills} SIGKILLs, {len(acked)} answered saves by {EDITORS} "
          f"editors, none lost, database intact ({time.time() - started:.0f} s, seed {seed})")


if __name__ == "__main__":
    main()

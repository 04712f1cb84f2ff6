#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Failover of the cluster a user starts (scripts/run-cluster.sh: PostgreSQL, three cabinet-servers,
HAProxy with health checks). Parallel charges go through HAProxy; a client that gets no answer, or a
5xx, sends the charge again with the same Idempotency-Key (R23) until it is acknowledged.
  1. kill -9 one server in the middle of the charges;
  2. kill -9 every server in the middle of the charges, then start them again.
After each: every acknowledged charge exists exactly once (one posting per key, the answer's id),
no other charge exists, the project's main balance is the funds less the charges, and the ledger
balances (R22: every posting sums to zero, every cached balance equals its entries, all accounts
sum to zero).

    tst_pg_failover.py BUILD_DIR     (needs root: PostgreSQL runs as the postgres user)
"""
import http.client
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CLUSTER = os.path.join(ROOT, "scripts", "run-cluster.sh")
STAFF = ("failover@test.local", "failover-pass-1")
WORKERS = 6
AMOUNT = 100
FUNDS = 10**12


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


class Cluster:
    def __init__(self, build, folder):
        self.build, self.folder = build, folder
        self.port = int(subprocess.check_output(
            ["python3", "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"]))

    def run(self, *arguments):
        env = dict(os.environ, CABINET_STAFF="%s:%s" % STAFF)
        return subprocess.run(["bash", CLUSTER, *arguments, "--dir", self.folder], env=env, check=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout

    def start(self):
        print(self.run("start", "--servers", "3", "--port", str(self.port), "--seed", "none", "--build", self.build),
              flush=True)

    def pid(self, n):
        with open(os.path.join(self.folder, "server-%d.pid" % n)) as f:
            return int(f.read())

    def kill9(self, n):
        os.kill(self.pid(n), signal.SIGKILL)
        print("kill -9 server %d" % n, flush=True)

    def sql(self, statement):
        return self.run("sql", statement).strip()


def check_no_secret_in_argv(cluster):
    """ps shows every process's arguments to every user: the servers get their secrets otherwise."""
    for n in (1, 2, 3):
        with open("/proc/%d/cmdline" % cluster.pid(n), "rb") as f:
            argv = f.read().decode(errors="replace").replace("\0", " ")
        for secret in (":app@", "cluster-payment-secret", STAFF[1]):
            if secret in argv:
                fail("server %d shows a secret in its arguments: %s" % (n, argv))


def call(port, method, path, body=None, token=None, key=None, timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    if key:
        headers["Idempotency-Key"] = key
    try:
        connection.request(method, path, json.dumps(body) if body is not None else None, headers)
        reply = connection.getresponse()
        return reply.status, reply.read().decode()
    finally:
        connection.close()


class Charger:
    """Workers that charge until told to stop, each charge resent with its key until acknowledged."""

    def __init__(self, port, token, project, phase):
        self.port, self.token, self.project, self.phase = port, token, project, phase
        self.acknowledged = {}  # key -> posting id
        self.resent = 0
        self.errors = []
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.work, args=(w,)) for w in range(WORKERS)]

    def work(self, worker):
        n = 0
        while not self.stopping.is_set():
            key = "%s-%d-%d" % (self.phase, worker, n)
            n += 1
            deadline = time.monotonic() + 60
            while True:  # a charge is finished once acknowledged, even when told to stop
                try:
                    status, body = call(self.port, "POST", "/api/v1/staff/projects/%d/charges" % self.project,
                                        {"category": "api_call", "amount": AMOUNT}, self.token, key)
                except OSError:
                    status, body = 0, ""
                if status == 201:
                    with self.lock:
                        self.acknowledged[key] = json.loads(body)["id"]
                    break
                if status not in (0, 500, 502, 503, 504) or time.monotonic() > deadline:
                    with self.lock:
                        self.errors.append("%s: %d %s" % (key, status, body))
                    return
                with self.lock:
                    self.resent += 1
                time.sleep(0.05)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join()


def check_ledger(cluster, project, acknowledged, label):
    rows = cluster.sql("SELECT p.id FROM postings p WHERE p.kind = 'charge' AND p.project_id = %d" % project)
    postings = sorted(int(x) for x in rows.split()) if rows else []
    if len(postings) != len(set(postings)) or sorted(acknowledged.values()) != postings:
        fail("%s: %d charges acknowledged, %d charge postings in the ledger (ids differ)"
             % (label, len(acknowledged), len(postings)))
    keys = int(cluster.sql("SELECT count(*) FROM idempotency WHERE key LIKE '%s-%%'" % label))
    if keys != len([k for k in acknowledged if k.startswith(label + "-")]):
        fail("%s: %d idempotency rows for this phase's keys" % (label, keys))
    main = int(cluster.sql("SELECT balance FROM accounts WHERE project_id = %d AND kind = 'main'" % project))
    if main != FUNDS - AMOUNT * len(acknowledged):
        fail("%s: main is %d, expected %d" % (label, main, FUNDS - AMOUNT * len(acknowledged)))
    checks = {
        "postings that do not sum to zero":
            "SELECT count(*) FROM (SELECT posting_id FROM entries GROUP BY posting_id HAVING SUM(amount) <> 0) x",
        "accounts whose balance is not the sum of their entries":
            "SELECT count(*) FROM accounts a WHERE a.balance <> (SELECT COALESCE(SUM(amount), 0) FROM entries e"
            " WHERE e.account_id = a.id)",
        "the sum over all accounts (R22)": "SELECT COALESCE(SUM(balance), 0) FROM accounts",
    }
    for what, statement in checks.items():
        if cluster.sql(statement) != "0":
            fail("%s: %s: %s" % (label, what, cluster.sql(statement)))
    print("%s: %d charges acknowledged, each once in the ledger; ledger sums to zero" % (label, len(acknowledged)),
          flush=True)


def main():
    if len(sys.argv) != 2:
        fail("usage: tst_pg_failover.py BUILD_DIR")
    with tempfile.TemporaryDirectory(prefix="cabinet-failover-") as folder:
        os.chmod(folder, 0o755)
        cluster = Cluster(os.path.abspath(sys.argv[1]), folder)
        try:
            cluster.start()
            check_no_secret_in_argv(cluster)
            status, body = call(cluster.port, "POST", "/api/v1/auth/login", {"email": STAFF[0], "password": STAFF[1]})
            if status != 200:
                fail("staff login through HAProxy: %d %s" % (status, body))
            token = json.loads(body)["token"]
            status, body = call(cluster.port, "POST", "/api/v1/staff/projects",
                                {"name": "Failover", "owner": {"email": "owner@failover.local",
                                                               "password": "owner-pass-1", "name": "Owner"}}, token)
            project = json.loads(body)["id"]
            status, body = call(cluster.port, "POST", "/api/v1/staff/projects/%d/adjustments" % project,
                                {"amount": FUNDS, "kind": "compensation", "reason": "funds"}, token, "funds")
            if status != 201:
                fail("funding: %d %s" % (status, body))
            acknowledged = {}

            with Charger(cluster.port, token, project, "one") as charger:
                time.sleep(1.5)
                cluster.kill9(2)
                time.sleep(2.0)
            if charger.errors:
                fail("one server killed: " + "; ".join(charger.errors[:3]))
            acknowledged.update(charger.acknowledged)
            print("one server killed: %d charges, %d resent" % (len(charger.acknowledged), charger.resent), flush=True)
            check_ledger(cluster, project, acknowledged, "one")
            cluster.run("start-server", "2")

            with Charger(cluster.port, token, project, "all") as charger:
                time.sleep(1.5)
                for n in (1, 2, 3):
                    cluster.kill9(n)
                time.sleep(0.5)
                restarts = [threading.Thread(target=cluster.run, args=("start-server", str(n))) for n in (1, 2, 3)]
                for restart in restarts:
                    restart.start()
                for restart in restarts:
                    restart.join()
                time.sleep(1.0)
            if charger.errors:
                fail("every server killed: " + "; ".join(charger.errors[:3]))
            acknowledged.update(charger.acknowledged)
            print("every server killed and restarted: %d charges, %d resent"
                  % (len(charger.acknowledged), charger.resent), flush=True)
            check_ledger(cluster, project, acknowledged, "all")
            # A user's `stop` and `start` later: the same data, every server back.
            cluster.run("stop")
            cluster.start()
            check_no_secret_in_argv(cluster)
            check_ledger(cluster, project, acknowledged, "stopped and started")
        finally:
            subprocess.run(["bash", CLUSTER, "stop", "--dir", folder], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    print("PASS", flush=True)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the fuzz targets' seed corpora (fuzz/corpus/<target>/) from what the server suites sent
and received: the recordings tests/common/ApiRecorder writes (<build>/api-recordings/*.jsonl, one
JSON line per exchange with the request body and, for raw exchanges, the bytes on the wire).

    python3 fuzz/seeds/extract_seeds.py build/ci/api-recordings [--per-target 40]

Each seed is named by the SHA-1 of its bytes, so running it again adds only what is new. Seeds are
kept small (at most 4 KiB) and few per target (distinct shapes first: route, status, field names)."""
import argparse
import hashlib
import hmac
import json
import pathlib
import re
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "fuzz" / "corpus"
PAYMENT_SECRET = b"fuzz-payment-secret"  # the callback target's secret (fuzz/targets/callback.cpp)
MAX_SEED = 4096


def template(target):
    path = target.split("?", 1)[0]
    return re.sub(r"/\d+", "/{id}", path)


def shape(value):
    if isinstance(value, dict):
        return "{" + ",".join(sorted(value)) + "}"
    return type(value).__name__


class Seeds:
    def __init__(self, per_target):
        self.per_target = per_target
        self.chosen = {}  # target -> {shape key: bytes}

    def add(self, target, key, data):
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        if not data or len(data) > MAX_SEED:
            return
        bucket = self.chosen.setdefault(target, {})
        if key not in bucket and len(bucket) < self.per_target:
            bucket[key] = data

    def write(self):
        for target, bucket in sorted(self.chosen.items()):
            folder = CORPUS / target
            folder.mkdir(parents=True, exist_ok=True)
            for data in bucket.values():
                (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)
            print(f"{target}: {len(bucket)} seeds", file=sys.stderr)


def load(json_text):
    try:
        return json.loads(json_text)
    except ValueError:
        return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recordings", type=pathlib.Path)
    parser.add_argument("--per-target", type=int, default=40)
    args = parser.parse_args()
    seeds = Seeds(args.per_target)
    for file in sorted(args.recordings.glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
            record = load(line)
            if not record:
                continue
            method, target, status = record["method"], record["target"], record["status"]
            route = template(target)
            body = record.get("body", "")
            sent = record.get("request_body", "")
            answer = load(body)
            request = load(sent)

            # Request bodies: every decoder of the server (request_json), the callback with a good signature.
            if isinstance(request, dict):
                seeds.add("request_json", (route, shape(request), status), sent)
                if route.endswith("/payments/callback"):
                    signature = hmac.new(PAYMENT_SECRET, sent.encode(), hashlib.sha256).hexdigest()
                    seeds.add("callback", (shape(request), status), signature + "\n" + sent)
            # Path ids and query strings (query target: "<id>\n<query>").
            ids = re.findall(r"/(\d+)", target.split("?", 1)[0])
            if "?" in target:
                seeds.add("query", (route, target.split("?", 1)[1].split("=")[0]),
                          (ids[-1] if ids else "1") + "\n" + target.split("?", 1)[1])
            # Answers: the client's decoders, the cache for pages and balances.
            if isinstance(answer, dict):
                seeds.add("api_answers", (route, status, shape(answer)), body)
                if route.endswith("/transactions") or route.endswith("/balances"):
                    seeds.add("offline_cache", (route, status, len(answer.get("items", [])) > 0), body)
                if isinstance(answer.get("token"), str):
                    seeds.add("headers", ("token", route), f"Bearer {answer['token']}\n{route}-{status}")
                for item in answer.get("items", []) if route.endswith("/transactions") else []:
                    seeds.add("money", ("amount", item.get("kind")),
                              bytes([len(seeds.chosen.get("money", {})) % 12]) + struct.pack("<q", item["amount"]) +
                              f"{abs(item['amount']) // 100}.{abs(item['amount']) % 100:02d}".encode())
                    at = item.get("at", "")
                    seeds.add("csv", ("row", item.get("kind"), item.get("category")),
                              bytes([["main", "bonus", "credit"].index(item["balance"])
                                     if item.get("balance") in ("main", "bonus", "credit") else 0]) +
                              struct.pack("<qqq", int(item["id"]) if str(item.get("id", "")).isdigit() else 1,
                                          item["amount"], 1_800_000_000_000) +
                              f"{item.get('kind', '')}\n{item.get('category') or ''}\n".encode() +
                              (item.get("description") or at).encode("utf-16-le", "surrogatepass"))
            # Raw requests as a client sends them (http_front: one chunk-size byte, then the bytes).
            raw = record.get("raw_request")
            if raw:
                seeds.add("http_front", ("raw", route, status), b"\x00" + raw.encode("latin-1"))
            else:
                wire = f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                if sent:
                    wire += f"Content-Type: application/json\r\nContent-Length: {len(sent.encode())}\r\n"
                wire += "\r\n" + sent
                seeds.add("http_front", ("wire", route, method), b"\x00" + wire.encode("utf-8"))
    seeds.write()


if __name__ == "__main__":
    main()

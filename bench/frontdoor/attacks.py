#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The front-door spike's attack probe (docs/readme/frontdoor.md): a few of the attacks of issue 9
# against one server on 127.0.0.1:PORT, printing what the server answered and how long /health
# took meanwhile. Not a test: tests/server/tst_server_hostile.cpp asserts the product's behaviour.
import socket, sys, threading, time

PORT = int(sys.argv[1])

def health_ms():
    t = time.monotonic()
    try:
        s = socket.create_connection(("127.0.0.1", PORT), timeout=10)
        s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = s.recv(4096)
        s.close()
        return round((time.monotonic() - t) * 1000), data[:12].decode(errors="replace")
    except OSError as e:
        return round((time.monotonic() - t) * 1000), type(e).__name__

def status_after(head, filler=b"", total=0, source="127.0.0.2"):
    s = socket.socket()
    s.bind((source, 0))
    s.connect(("127.0.0.1", PORT))
    def send():
        try:
            s.sendall(head)
            sent = 0
            while sent < total:
                s.sendall(filler)
                sent += len(filler)
        except OSError:
            pass
    t = threading.Thread(target=send); t.start()
    s.settimeout(10)
    try:
        data = s.recv(200)
    except OSError as e:
        data = type(e).__name__.encode()
    s.close(); t.join()
    return data.split(b"\r\n")[0].decode(errors="replace") or "(closed, no answer)"

print("request line 128 MiB:", status_after(b"GET /", b"a" * 65536, 128 << 20))
print("header 64 KiB:", status_after(b"GET /api/v1/health HTTP/1.1\r\nX-Big: " + b"b" * 65536 + b"\r\n\r\n"))
print("chunked 256 MiB:", status_after(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
                                        b"10000\r\n" + b"0" * 65536 + b"\r\n", 256 << 20))
print("DELETE health:", status_after(b"DELETE /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"))
held = []
for i in range(1000):
    s = socket.socket(); s.bind(("127.0.0.3", 0))
    try:
        s.connect(("127.0.0.1", PORT)); s.sendall(b"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
    except OSError:
        pass
    held.append(s)
print("health while 1000 half-sent requests from one address are held: %d ms, %s" % health_ms())
answers = {}
for s in held[250:]:
    s.settimeout(0.5)
    try:
        line = s.recv(100).split(b"\r\n")[0].decode(errors="replace") or "(closed)"
    except socket.timeout:
        line = "(held, no answer)"
    except OSError as e:
        line = type(e).__name__
    answers[line] = answers.get(line, 0) + 1
print("connections 251..1000 from that address:", answers)
for s in held:
    s.close()

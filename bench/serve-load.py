#!/usr/bin/env python3
"""Load on the workbench: CLIENTS concurrent clients post one-event what-ifs for SECONDS, over loopback.

    bench/serve-load.py URL [--clients 10] [--seconds 60] [--seed 1]

URL is what `./chancery serve` prints. Each what-if adds one recognition of a claimed entity by a UN member,
on a random date, as the page does. Prints the throughput and the p50/p95/p99 latency of the answers (all must
be 200), for docs/benchmarks.md."""
import argparse, json, random, re, statistics, threading, time, urllib.request

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url"); ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=60); ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    page = urllib.request.urlopen(a.url).read().decode()
    token = re.search(r'name="chancery-token" content="([0-9a-f]+)"', page).group(1)
    run = json.load(urllib.request.urlopen(a.url + "api/run"))
    entities = [e["id"] for e in run["entities"] if e["status"] == "claimed"]
    states = sorted({r["state"] for e in run["entities"] for r in e["recognizedBy"]})
    latencies, failures, lock = [], [], threading.Lock()
    end = time.monotonic() + a.seconds

    def client(n):
        rng = random.Random(a.seed * 1000 + n)
        while time.monotonic() < end:
            event = {"date": "%d-%02d-%02d" % (rng.randint(1990, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                     "type": "recognize", "by": rng.choice(states), "of": rng.choice(entities)}
            body = json.dumps({"name": "load", "add": {"events": [event]}}).encode()
            request = urllib.request.Request(a.url + "api/what-if", data=body, method="POST",
                                             headers={"X-Chancery-Token": token, "Content-Type": "application/json"})
            start = time.monotonic()
            try:
                with urllib.request.urlopen(request) as response:
                    response.read()
                    ok = response.status == 200
            except Exception as e:  # an HTTP error status or a refused connection
                ok = False
            took = (time.monotonic() - start) * 1000
            with lock:
                (latencies if ok else failures).append(took)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(a.clients)]
    began = time.monotonic()
    for t in threads: t.start()
    for t in threads: t.join()
    wall = time.monotonic() - began
    q = statistics.quantiles(latencies, n=100)
    print(f"{a.clients} clients, {wall:.0f} s: {len(latencies)} what-ifs ({len(latencies) / wall:.0f}/s), "
          f"{len(failures)} failed; latency p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, p99 {q[98]:.1f} ms")

main()

#!/usr/bin/env python3
"""Does Chancery agree with a peer's canonical output on the same world?

    python3 bench/peer-agreement.py CHANCERY.json PEER.out

CHANCERY.json is `./chancery run --facts world.yaml --format json --out CHANCERY.json`; PEER.out is the
canonical output of the plain-Java or CLIPS peer on that world (sorted lines: `inforce STATE ENTITY SINCE`,
`ordinal STATE ENTITY N`, `severed A B DATE BASIS CONFIRMED`, `tally ENTITY N`). The script writes
Chancery's result in the same form and prints the lines that differ, by kind; it exits 1 if any do.
The peers' worlds have no exclusive pairs and no restorations, and every state is a UN member with no dates:
on them the two semantics coincide."""
import json, signal, sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
from collections import Counter

def canonical(result):
    lines = []
    for e in result["entities"]:
        lines.append(f"tally {e['id']} {e['tally']}")
        for r in e["recognizedBy"]:
            lines.append(f"inforce {r['state']} {e['id']} {r['since']}")
        for r in e["recognizedBy"] + e["withdrawn"] + e["lapsed"]:
            if r.get("ordinal") is not None:
                lines.append(f"ordinal {r['state']} {e['id']} {r['ordinal']}")
    for r in result["relations"]:
        if r["status"] != "severed":
            continue
        confirmed = "-" if r.get("confirmed") is None else ("true" if r["confirmed"] else "false")
        lines.append(f"severed {r['a']} {r['b']} {r['since']} {r['basis']} {confirmed}")
    return sorted(set(lines))

def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1]) as f:
        ours = canonical(json.load(f))
    with open(sys.argv[2]) as f:
        theirs = sorted(set(line.rstrip("\n") for line in f if line.strip()))
    only_ours = sorted(set(ours) - set(theirs))
    only_theirs = sorted(set(theirs) - set(ours))
    kinds = Counter(line.split()[0] for line in theirs)
    print(f"peer: {len(theirs)} lines ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); chancery: {len(ours)}")
    if not only_ours and not only_theirs:
        print("AGREE")
        return
    for name, diff in (("only in chancery", only_ours), ("only in the peer", only_theirs)):
        by_kind = Counter(line.split()[0] for line in diff)
        print(f"{name}: {len(diff)} ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))})")
        for line in diff[:10]:
            print("  " + line)
    sys.exit(1)

main()

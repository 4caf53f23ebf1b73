#!/usr/bin/env python3
"""Applies each mutation to a copy of the set and confirms that check_clean.py
reports at least one failing claim in the mutated document (i.e. the mutated
figure takes part in a claim whose arithmetic the clean check verifies)."""
import json, os, shutil, subprocess, sys, tempfile
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
muts = json.load(open(os.path.join(ROOT, "mutations.json"), encoding="utf-8"))
bad = 0
for m in muts:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "docs"), os.path.join(tmp, "docs"))
        p = os.path.join(tmp, m["file"])
        t = open(p, encoding="utf-8").read()
        open(p, "w", encoding="utf-8").write(t.replace(m["find"], m["replace"], 1))
        r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "check_clean.py")],
                           env={**os.environ, "SET_ROOT": tmp}, capture_output=True, text=True)
        base = os.path.basename(m["file"])
        hits = [l for l in r.stdout.splitlines() if l.startswith("FAIL") and base in l]
        other = [l for l in r.stdout.splitlines() if l.startswith("FAIL") and base not in l]
        if not hits or other:
            bad += 1
            print("PROBLEM", m["id"], len(hits), other)
        else:
            print(m["id"], f"{len(hits)} claim(s) broken")
print("problems:", bad)
sys.exit(1 if bad else 0)

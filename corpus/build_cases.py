#!/usr/bin/env python3
"""Builds corpus/cases.jsonl from the hand-collected cases below.

Every log_excerpt is real text quoted (trimmed) from the public report named in `source`.
The split is a fixed function of the id (sha1 of the id, first byte mod 10 < 7 -> dev),
decided before any rule was written; never change it. Cases collected later may name their split
explicitly (`split="fresh-a"`, `"fresh-b"`...): those were gathered and scored before any rule was changed for them.

Side convention for INSUFFICIENT_RESOURCES (changed 2026-11-25): a single job's report that the
cluster lacks the slots/containers it asks for is USER (its requested parallelism and resources);
the platform side comes from fleet correlation when many jobs of one cluster starve at once. The
five fresh collectors who labelled such reports independently all chose USER; the seven older cases
labelled PLATFORM were relabelled.
"""
import hashlib, json, sys

CASES = []

def case(id, source, log, label, side, action, metrics=None, version=None, phase=None, split=None):
    c = {"id": id, "source": source, "log_excerpt": log.strip()}
    if split: c["split"] = split
    if metrics: c["metrics_hint"] = metrics
    if version: c["flink_version"] = version
    if phase: c["phase"] = phase
    c.update({"label": label, "side": side, "action": action})
    CASES.append(c)

def split_of(id):
    return "dev" if hashlib.sha1(id.encode()).digest()[0] % 10 < 7 else "holdout"


def main():
    global CASES
    import importlib, os
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, here)
    for name in sorted(f[:-3] for f in os.listdir(here) if f.startswith("cases_") and f.endswith(".py")):
        importlib.import_module(name)
    import build_cases as bc
    CASES = bc.CASES
    ids = [c["id"] for c in CASES]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate ids: {dup}")
    older = {c["source"] for c in CASES if not (c.get("split") or "").startswith("fresh")}
    reused = [c["id"] for c in CASES if (c.get("split") or "").startswith("fresh") and c["source"] in older]
    if reused:
        raise SystemExit(f"fresh cases must come from reports not already in the corpus: {reused}")
    with open(os.path.join(here, "cases.jsonl"), "w", encoding="utf-8") as out:
        for c in CASES:
            row = {"id": c["id"], "split": c.get("split") or split_of(c["id"])}
            row.update({k: v for k, v in c.items() if k not in ("id", "split")})
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(CASES), Counter(c.get("split") or split_of(c["id"]) for c in CASES), Counter(c["label"] for c in CASES))

if __name__ == "__main__":
    main()

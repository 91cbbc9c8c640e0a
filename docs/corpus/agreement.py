#!/usr/bin/env python3
"""Agreement between the two blind annotations of the corpus's new articles, with the project's
scorer: annotator A as gold, B as prediction (F1 is symmetric; events on A's relevant articles),
and Cohen's kappa on relevance.

usage (from the project root): python3 docs/corpus/agreement.py ../shared/eval/score.py
"""
import json, subprocess, sys, tempfile

def rows(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]

a, b = rows("docs/corpus/annotator-A.jsonl"), rows("docs/corpus/annotator-B.jsonl")
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as gold, \
        tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as pred:
    for r in a:
        gold.write(json.dumps(r) + "\n")
    for r in b:
        pred.write(json.dumps(dict(id=r["id"], **{k: v for k, v in r["labels"].items() if k != "notes"})) + "\n")
print(subprocess.run(["python3", sys.argv[1], gold.name, pred.name], capture_output=True, text=True).stdout.strip())
ra = {r["id"]: r["labels"]["relevant"] for r in a}
rb = {r["id"]: r["labels"]["relevant"] for r in b}
n = len(ra)
po = sum(ra[i] == rb[i] for i in ra) / n
pa, pb = sum(ra.values()) / n, sum(rb.values()) / n
pe = pa * pb + (1 - pa) * (1 - pb)
print(f"relevance: {po:.3f} raw agreement, Cohen's kappa {(po - pe) / (1 - pe):.3f} over {n} articles")

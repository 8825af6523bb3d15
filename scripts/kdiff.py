#!/usr/bin/env python3
"""kdiff.py BASE NEW FILE...: the items (figures, entities, nationalities) that
differ between two builds of the khabar CLI on each file; '-' only in BASE,
'+' only in NEW. For reviewing what a rule changes on news it was not written
for (ANERcorp's text, the seeds, tests/articles) before committing it; the
reference date is fixed so that relative dates compare."""
import json, subprocess, sys
from collections import Counter

def items(binary, path):
    out = subprocess.run([binary, '--reference-date', '2024-05-01', path], capture_output=True, text=True).stdout
    found = Counter()
    for line in out.splitlines():
        doc = json.loads(line)
        for key in ('figures', 'entities', 'nationalities'):
            for item in doc.get(key) or []:
                found[(key, json.dumps(item, ensure_ascii=False, sort_keys=True))] += 1
    return found

base, new, files = sys.argv[1], sys.argv[2], sys.argv[3:]
total = 0
for path in files:
    a, b = items(base, path), items(new, path)
    gone, came = a - b, b - a
    if gone or came:
        print(f'== {path}: {sum(gone.values())} gone, {sum(came.values())} new')
        for (key, item), n in sorted(gone.items()):
            print(f'- {key} {item[:400]}')
        for (key, item), n in sorted(came.items()):
            print(f'+ {key} {item[:400]}')
        total += sum(gone.values()) + sum(came.values())
print(f'{total} items changed')

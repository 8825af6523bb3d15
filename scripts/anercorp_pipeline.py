"""Scores the whole entity pipeline (gazetteers, institutions, tagger) of a
khabar build on ANERcorp, split as examples/train_tagger.rs splits it:
documents of 15 sentences, the last fifth held out. Build with the model of
`train_tagger -- --held-out-model` for honest held-out scores (the shipped
model has seen every sentence). A mention matches a gold span of its type
with the same end, starting at most two proclitic letters later (mentions
leave out و ف ب ل ك; ANERcorp's spans keep them).

    python3 scripts/anercorp_pipeline.py target/release/khabar [--all] [--dump FILE]

--all scores every document; --dump writes TP/FP/FN lines for reading.
Needs ../shared/data/anercorp beside the repository (CC BY-SA 4.0)."""
import collections, json, pathlib, subprocess, sys
CORPUS = pathlib.Path(__file__).resolve().parents[1] / '../shared/data/anercorp/ANERCorp_CamelLab_train.txt'
PUNCT = set('.,،؛;:!?؟"\'()[]«»-_/')
CLITICS = set('وفبلك')
sents = [[]]
for line in open(CORPUS, encoding='utf-8').read().split('\n'):
    if ' ' in line:
        w, t = line.rsplit(' ', 1)
        if w:
            sents[-1].append((w, t)); continue
    sents.append([])
sents = [s for s in sents if s]
docs = [sents[i:i + 15] for i in range(0, len(sents), 15)]
dev_start = len(docs) - round(len(docs) * 0.2)
use = docs if '--all' in sys.argv else docs[dev_start:]
TYPES = {'PERS': 'person', 'LOC': 'location', 'ORG': 'organization'}
texts, golds = [], []
for doc in use:
    text = ''; gold = []
    for s in doc:
        pos = []
        for j, (w, t) in enumerate(s):
            if j: text += ' '
            pos.append((len(text), len(text) + len(w))); text += w
        j = 0
        while j < len(s):
            t = s[j][1]
            if t[:2] in ('B-', 'I-') and t[2:] in TYPES:
                k = j + 1
                while k < len(s) and s[k][1] == 'I-' + t[2:]: k += 1
                a, b = pos[j][0], pos[k - 1][1]
                while a < b and text[a] in PUNCT: a += 1
                while b > a and text[b - 1] in PUNCT: b -= 1
                gold.append((TYPES[t[2:]], a, b)); j = k
            else: j += 1
        text += '\n'
    texts.append(text); golds.append(gold)
inp = ''.join(json.dumps({'id': str(i), 'text': t}, ensure_ascii=False) + '\n' for i, t in enumerate(texts))
out = subprocess.run([sys.argv[1], '--jsonl'], input=inp.encode(), capture_output=True).stdout.decode()
counts = collections.defaultdict(lambda: [0, 0, 0])
dump = []
for line in out.split('\n'):
    if not line.strip(): continue
    d = json.loads(line); i = int(d['id']); text = texts[i]
    sys_m = [(e['type'], m['start'], m['end']) for e in d['entities'] if e['type'] in TYPES.values() for m in e['mentions']]
    gold = golds[i]
    def match(m, g):
        return m[0] == g[0] and m[2] == g[2] and g[1] <= m[1] <= g[1] + 2 and all(c in CLITICS for c in text[g[1]:m[1]])
    for m in sys_m:
        ok = any(match(m, g) for g in gold)
        counts[m[0]][1] += 1; counts[m[0]][0] += ok
        dump.append(('TP' if ok else 'FP', m[0], text[m[1]:m[2]]))
    for g in gold:
        counts[g[0]][2] += 1
        if not any(match(m, g) for m in sys_m):
            dump.append(('FN', g[0], text[g[1]:g[2]]))
tot = [sum(c[k] for c in counts.values()) for k in range(3)]
def f(c):
    p = c[0] / max(c[1], 1); r = c[0] / max(c[2], 1)
    return f'P {100*p:.1f} R {100*r:.1f} F1 {200*p*r/max(p+r,1e-9):.1f}'
print(('all' if '--all' in sys.argv else 'held out'), len(use), 'docs | micro', f(tot), '|', ' | '.join(f'{t} {f(counts[t])}' for t in TYPES.values()))
if '--dump' in sys.argv:
    with open(sys.argv[sys.argv.index('--dump') + 1], 'w') as fh:
        for x in dump: fh.write('\t'.join(x) + '\n')

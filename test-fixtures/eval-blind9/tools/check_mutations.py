"""For each mutation: find occurs once in the clean doc, window occurs once and
contains find, the claim check passes on the clean window and fails on the
mutated one.  Run: python3 tools/check_mutations.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import Win
from claims import CLAIMS

checks = {(f, win): (cid, chk) for cid, f, win, chk in CLAIMS}
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
muts = json.load(open(os.path.join(root, 'mutations.json'), encoding='utf-8'))
bad = 0
for m in muts:
    text = open(os.path.join(root, m['file']), encoding='utf-8').read()
    lang = 'vi' if os.path.basename(m['file']).startswith('vi') else 'en'
    probs = []
    if text.count(m['find']) != 1: probs.append(f"find x{text.count(m['find'])}")
    if text.count(m['window']) != 1: probs.append(f"window x{text.count(m['window'])}")
    if m['window'].count(m['find']) != 1: probs.append('find not once in window')
    cid, chk = checks[(m['file'], m['window'])]
    if not chk(Win(m['window'], lang)): probs.append('clean claim fails')
    mutated_win = m['window'].replace(m['find'], m['replace'])
    try:
        still = chk(Win(mutated_win, lang))
    except Exception as e:
        still = False  # a broken anchor counts as a broken claim only if caused by a word swap
        probs.append(f'check raised on mutated window: {e!r}')
    if still: probs.append('mutation does NOT break the claim')
    if probs:
        bad += 1
        print(m['id'], cid, '; '.join(probs))
print(f'{len(muts)} mutations, {bad} problems')
sys.exit(1 if bad else 0)

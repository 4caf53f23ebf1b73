"""Check every claim of the clean texts: window occurs once in its doc and the
figures agree.  Run from the set folder: python3 tools/check_clean.py"""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import Win
from claims import CLAIMS

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
ids = set()
for cid, f, window, check in CLAIMS:
    assert cid not in ids, cid
    ids.add(cid)
    text = open(os.path.join(root, f), encoding='utf-8').read()
    n = text.count(window)
    if n != 1:
        print(f'WINDOW x{n}: {cid}'); bad += 1; continue
    lang = 'vi' if os.path.basename(f).startswith('vi') else 'en'
    try:
        ok = check(Win(window, lang))
    except Exception as e:
        print(f'ERROR {cid}: {e!r}'); bad += 1; continue
    if not ok:
        print(f'FAIL {cid}'); bad += 1
print(f'{len(CLAIMS)} claims, {bad} problems')
sys.exit(1 if bad else 0)

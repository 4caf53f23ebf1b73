"""Helpers for checking figure claims in the blind9 set.

Numbers are parsed with the document's convention: Vietnamese docs (vi*) use
dot thousands and decimal comma (12.467,5); English docs use comma thousands
and decimal point (12,467.5).
"""
import re

VI_NUM = re.compile(r'\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?')
EN_NUM = re.compile(r'\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?')


def nums(text, lang):
    if lang == 'vi':
        return [float(m.replace('.', '').replace(',', '.')) for m in VI_NUM.findall(text)]
    return [float(m.replace(',', '')) for m in EN_NUM.findall(text)]


class Win:
    """A claim window: text plus helpers to pull numbers after anchors."""

    def __init__(self, text, lang):
        self.t = text
        self.lang = lang

    def v(self, anchor, k=0):
        i = self.t.find(anchor)
        if i < 0:
            raise KeyError(f'anchor not found: {anchor!r}')
        return nums(self.t[i + len(anchor):], self.lang)[k]

    def has(self, word):
        return word.lower() in self.t.lower()


def close(a, b, tol=1e-6):
    return abs(a - b) <= tol


def pct_ok(part, whole, stated, dp=1):
    """stated percentage equals part/whole*100 at the stated precision."""
    return abs(100.0 * part / whole - stated) <= 0.5 * 10 ** (-dp) + 1e-9


def round_ok(value, stated, dp=1):
    return abs(value - stated) <= 0.5 * 10 ** (-dp) + 1e-9


def change_ok(old, new, stated_pct, dp=1):
    """stated_pct is signed: + rise, - fall."""
    return abs(100.0 * (new - old) / old - stated_pct) <= 0.5 * 10 ** (-dp) + 1e-9

// Cheap pre-tests for the patterns that scan a whole unit. A pattern that opens with a lookbehind
// ("(?<![\p{L}])(trong đó|gồm|…)") makes the regex engine test that assertion at every position of
// the text; the same pattern without it finds a candidate several times faster. Dropping an
// assertion only widens what matches, so when the pattern without it finds nothing, the pattern
// itself finds nothing either: the gate can only skip a scan that would have come back empty.
// Gates are derived from the pattern's own source, so a phrase added to a pattern is gated too.

/** Lookbehinds at the very start of a source: "(?<![\p{L}])", "(?<!không |chưa )". */
const LEADING_LOOKBEHINDS = /^(?:\(\?<[!=](?:\[(?:\\.|[^\]\\])*\]|[^()[\]\\])*\))+/;

const GATES = new WeakMap<RegExp, RegExp | null>();

/** The pattern without its leading lookbehinds (no g/y flag), or null where it has none. */
export function gateOf(re: RegExp): RegExp | null {
  let g = GATES.get(re);
  if (g === undefined) {
    const m = LEADING_LOOKBEHINDS.exec(re.source);
    g = m ? new RegExp(re.source.slice(m[0].length), re.flags.replace(/[gy]/g, "")) : null;
    GATES.set(re, g);
  }
  return g;
}

/** False only when `re` certainly has no match in `s`. */
export function mayMatch(re: RegExp, s: string): boolean {
  const g = gateOf(re);
  return g === null || g.test(s);
}

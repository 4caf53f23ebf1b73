// Words of a label for matching a row or a subject named in the text: lower case, emphasis dropped,
// English plurals folded ("Buses" names the row "Bus", "Ferries" the row "Ferry").

export function stem(w: string): string {
  if (/[^\x00-\x7f]/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (/(?:ss|x|ch|sh|s)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

export function words(s: string): string[] {
  return s.toLowerCase().replace(/[*_`]/g, " ").split(/[^\p{L}\p{M}\d'’-]+/u).filter(Boolean).map(stem);
}

/** Whether `needle` occurs as consecutive words in `hay`. */
export function contains(hay: string[], needle: string[]): boolean {
  if (!needle.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

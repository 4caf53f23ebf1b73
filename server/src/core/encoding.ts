// Tells what a file's bytes are before they are read as text: UTF-8 (with or without BOM), UTF-16,
// binary, or a legacy Vietnamese 8-bit encoding (Windows-1258, TCVN3/ABC, VNI), which old reports
// often are. Figures read from mojibake would be wrong, so such files are reported, never checked.

export type EncodingKind = "utf8" | "utf8-bom" | "utf16le" | "utf16be" | "binary" | "windows-1258" | "tcvn3" | "vni" | "unknown-8bit";

export interface EncodingGuess {
  kind: EncodingKind;
  /** What to do, in one line, for messages. */
  advice?: string;
}

function validUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    const n = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
    if (n < 0) return false;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return false;
    i += n + 1;
  }
  return true;
}

export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const b = bytes.length > 1 << 20 ? bytes.subarray(0, 1 << 20) : bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { kind: "utf8-bom" };
  if (b[0] === 0xff && b[1] === 0xfe) return { kind: "utf16le", advice: "convert it with: iconv -f UTF-16 -t UTF-8" };
  if (b[0] === 0xfe && b[1] === 0xff) return { kind: "utf16be", advice: "convert it with: iconv -f UTF-16 -t UTF-8" };
  // UTF-16 without BOM: every other byte zero in ASCII-heavy text.
  let evenZero = 0;
  let oddZero = 0;
  let nul = 0;
  let control = 0;
  for (let i = 0; i < Math.min(b.length, 4096); i++) {
    if (b[i] === 0) {
      nul++;
      if (i % 2 === 0) evenZero++;
      else oddZero++;
    } else if (b[i] < 9 || (b[i] > 13 && b[i] < 32 && b[i] !== 27)) control++;
  }
  const sample = Math.min(b.length, 4096);
  if (sample >= 4 && oddZero > sample * 0.35 && evenZero < sample * 0.05) return { kind: "utf16le", advice: "convert it with: iconv -f UTF-16LE -t UTF-8" };
  if (sample >= 4 && evenZero > sample * 0.35 && oddZero < sample * 0.05) return { kind: "utf16be", advice: "convert it with: iconv -f UTF-16BE -t UTF-8" };
  if (nul > 0 || control > sample * 0.1) return { kind: "binary" };
  if (validUtf8(b)) return { kind: "utf8" };
  // Legacy 8-bit Vietnamese: tell them apart by their typical bytes.
  let win1258 = 0;
  let vni = 0;
  let tcvn = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0xd0 || c === 0xf0 || c === 0xe3 || c === 0xf5 || c === 0xcc || c === 0xec || c === 0xd2 || c === 0xde) win1258++;
    // VNI writes a base letter followed by a tone byte in 0xC0–0xFF after an ASCII vowel.
    if (c >= 0xc0 && i > 0 && /[aeiouyAEIOUY]/.test(String.fromCharCode(b[i - 1]))) vni++;
    if ((c >= 0xa1 && c <= 0xbf) || (c >= 0xb5 && c <= 0xfe && c !== 0xd0 && c !== 0xf0)) tcvn++;
  }
  const advice = (cp: string) => `convert it to UTF-8 first (for example: iconv -f ${cp} -t UTF-8 FILE > FILE.utf8, or a Unicode converter such as UniKey's)`;
  if (vni > win1258 && vni > tcvn * 0.8) return { kind: "vni", advice: advice("VNI (use a VNI→Unicode converter)") };
  if (win1258 >= tcvn * 0.5) return { kind: "windows-1258", advice: advice("CP1258") };
  if (tcvn > 0) return { kind: "tcvn3", advice: advice("TCVN3 (use a TCVN3→Unicode converter)") };
  return { kind: "unknown-8bit", advice: "convert it to UTF-8 first" };
}

// Reads one digit token ("12.467,5", "3,824", "14.888") as an exact decimal, by the document's
// locale where the token alone is ambiguous. No binary floats: the value stays a decimal string.
import type { Lang } from "../types.ts";

export type NumStyle =
  | "plain"
  | "vi-decimal" // 22,8
  | "vi-thousands" // 12.467
  | "en-decimal" // 22.8
  | "en-thousands"; // 12,467

export interface ParsedNumber {
  exact: string;
  decimals: number;
  style: NumStyle;
  /** Only the locale decided how to read it (one separator followed by exactly three digits). */
  ambiguous: boolean;
}

function canon(intDigits: string, frac: string): string {
  const i = intDigits.charCodeAt(0) === 48 ? intDigits.replace(/^0+(?=\d)/, "") : intDigits;
  return frac.length ? `${i}.${frac}` : i;
}

function groupsOk(groups: string[]): boolean {
  if (groups[0].length < 1 || groups[0].length > 3) return false;
  for (let k = 1; k < groups.length; k++) if (groups[k].length !== 3) return false;
  return true;
}

export function parseNumberToken(tok: string, locale: Lang): ParsedNumber | null {
  let dots = 0;
  let commas = 0;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c === 46) dots++;
    else if (c === 44) commas++;
  }
  if (dots === 0 && commas === 0) return { exact: canon(tok, ""), decimals: 0, style: "plain", ambiguous: false };
  if (dots > 0 && commas > 0) {
    const lastDot = tok.lastIndexOf(".");
    const lastComma = tok.lastIndexOf(",");
    const decSep = lastDot > lastComma ? "." : ",";
    const thouSep = decSep === "." ? "," : ".";
    const decPos = Math.max(lastDot, lastComma);
    const intPart = tok.slice(0, decPos);
    const frac = tok.slice(decPos + 1);
    if (intPart.includes(decSep)) return null;
    const groups = intPart.split(thouSep);
    if (!groupsOk(groups)) return null;
    return {
      exact: canon(groups.join(""), frac),
      decimals: frac.length,
      style: decSep === "," ? "vi-decimal" : "en-decimal",
      ambiguous: false,
    };
  }
  const sep = dots > 0 ? "." : ",";
  const parts = tok.split(sep);
  if (parts.length > 2) {
    if (!groupsOk(parts)) return null;
    return { exact: canon(parts.join(""), ""), decimals: 0, style: sep === "." ? "vi-thousands" : "en-thousands", ambiguous: false };
  }
  const [a, b] = parts;
  const asDecimal = (): ParsedNumber => ({
    exact: canon(a, b),
    decimals: b.length,
    style: sep === "," ? "vi-decimal" : "en-decimal",
    ambiguous: false,
  });
  if (b.length !== 3 || a.length > 3 || /^0+$/.test(a)) return asDecimal();
  // One separator and exactly three digits after it: the locale decides.
  const thousandsHere = (sep === "." && locale === "vi") || (sep === "," && locale === "en");
  if (thousandsHere) {
    return { exact: canon(a + b, ""), decimals: 0, style: sep === "." ? "vi-thousands" : "en-thousands", ambiguous: true };
  }
  return { ...asDecimal(), ambiguous: true };
}

/** Which locale an unambiguous token speaks for, if any. */
export function styleLocale(style: NumStyle): Lang | undefined {
  if (style === "vi-decimal" || style === "vi-thousands") return "vi";
  if (style === "en-decimal" || style === "en-thousands") return "en";
  return undefined;
}

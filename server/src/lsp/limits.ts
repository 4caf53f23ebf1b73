// Documents the server refuses to analyse, with the one notice the user sees instead: a report of
// tens of megabytes or a binary file must never stall typing in other documents.
import type { Lang } from "../core/types.ts";
import { msg } from "./messages.ts";

export function refusal(text: string, maxFileSizeMB: number, lang: Lang): string | undefined {
  return sizeRefusal(text, maxFileSizeMB, lang) ?? (text.indexOf("\u0000") >= 0 ? msg(lang).binary : undefined);
}

/** The notice for a text over the size limit. */
export function sizeRefusal(text: string, maxFileSizeMB: number, lang: Lang): string | undefined {
  const limit = maxFileSizeMB * 1024 * 1024;
  // UTF-8 needs at most 3 bytes per UTF-16 unit, so short texts skip the byte count.
  if (text.length * 3 > limit) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > limit) return msg(lang).tooLarge((bytes / 1024 / 1024).toFixed(1), String(maxFileSizeMB));
  }
  return undefined;
}

/** The notice for a binary text (one holding NUL). */
export function binaryNotice(lang: Lang): string {
  return msg(lang).binary;
}

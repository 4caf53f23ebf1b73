// The counted noun after a figure ("22 chỉ tiêu", "19/21 xã", "24 localities"): up to four words,
// cut at the first function word, lower-case. Later checks match parts to totals by it.

const STOP = new Set([
  "và", "của", "với", "so", "trong", "đạt", "là", "được", "có", "tăng", "giảm", "trên", "dưới", "từ", "đến",
  "cho", "theo", "tại", "để", "thì", "mà", "hoặc", "hay", "nhưng", "bằng", "vượt", "còn", "chiếm", "gồm",
  "khi", "nếu", "vào", "ra", "lên", "xuống", "này", "đó", "nên", "như", "vẫn", "đã", "đang", "sẽ", "không", "chưa", "hoàn", "đủ",
  "of", "the", "and", "in", "to", "was", "were", "is", "are", "from", "by", "for", "with", "at", "on", "than",
  "a", "an", "per", "or", "compared", "against", "while", "which", "that", "who", "whom", "whose", "as", "up", "down", "over",
  "under", "had", "have", "has", "been", "be", "will", "would", "not", "partly", "partially", "fully", "only",
  "also", "still", "already", "mostly", "largely", "more", "fewer", "less", "during", "across", "between", "since", "until", "after", "before",
  "comprise", "comprises", "comprised", "include", "includes", "included", "contain", "contains", "contained", "out", "into", "onto",
  "via", "through", "within", "among", "amongst", "beyond",
]);

/** English verbs that often follow a bare count as its predicate ("17 offices met the standard"). */
const VERBS = new Set(["may", "might", "can", "could", "hold", "held", "holds", "live", "work", "own", "owned", "use", "receive", "attend", "should", "must", "shall", "did", "do", "does", "remain", "remained", "received", "reported", "met", "missed", "exceeded", "reached", "achieved", "completed", "failed", "fell", "rose", "grew", "saw", "got", "went", "became", "took", "made", "came", "arrived", "joined", "left", "lived", "worked", "moved", "returned", "applied", "attended", "entered", "graduated", "related", "resulted", "occurred", "happened", "involved", "concerned", "used", "paid", "gave", "won", "lost", "caused", "led", "needed", "required", "suffered", "waited", "stayed", "scored", "passed", "achieved", "said", "told", "felt", "agreed", "disagreed", "rated", "responded", "answered", "stated", "indicated", "thought", "believed", "run", "ran", "die", "died", "break", "broke", "operate", "operated", "serve", "served", "began", "continued", "set", "put", "hit"]);

/** Vietnamese verbs of two syllables that follow a count's classifier ("lượt", "người") as its predicate. */
const VI_VERBS = new Set(["tham gia", "thực hiện", "đăng ký", "sử dụng", "tiếp nhận", "giải quyết", "xử lý", "đáp ứng", "thụ hưởng", "hưởng lợi", "áp dụng", "triển khai", "đến khám", "tiếp cận", "ứng dụng"]);
const VI_VERB_HEADS = new Set([...VI_VERBS].map((v) => v.split(" ")[0]));

/** Participles in VERBS that also name a kind before a noun ("270 missed visits"). */
const ADJECTIVAL = new Set(["missed", "failed", "completed", "cancelled", "delayed"]);

const CLASS_WORD = /^(?:category|class|type|grade|band|level|tier|stage|phase|priority|loại|cấp|hạng|nhóm)$/u;
const CLASS_NUMBER = /[ \t](\d{1,2}[a-z]?)(?=[ \t]+[\p{L}])/uy;

export interface NounAt {
  text: string;
  start: number;
  end: number;
}

// "187,412 A&E attendances": an acronym with "&" is a word of the noun.
const WORD = /[ \t]*([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:&[\p{L}]+)?)/uy;

export function readNounAfter(s: string, lower: string, at: number): NounAt | undefined {
  const words: string[] = [];
  let pos = at;
  let start = -1;
  let end = at;
  // ("**1,204,560** items": past the emphasis that closes on the figure.)
  const em = /^(?:\*\*|__|\*|_)(?=[ \t]+[\p{L}])/u.exec(lower.slice(at, at + 6));
  if (em) pos += em[0].length;
  // One space at most between the figure and its noun; a comma or bracket ends it.
  for (let k = 0; k < 4; k++) {
    WORD.lastIndex = pos;
    const m = WORD.exec(lower);
    if (!m) break;
    if (k === 0 && m[0].length - m[1].length > 2) break;
    const w = m[1];
    // ("270 missed visits", "30 failed inspections": a participle before a noun names the kind.)
    if (VERBS.has(w) && k === 0 && ADJECTIVAL.has(w)) {
      WORD.lastIndex = pos + m[0].length;
      const n = WORD.exec(lower);
      if (!n || STOP.has(n[1]) || VERBS.has(n[1]) || /^(?:their|its|his|her|them|it|our|all|some|any|every|each)$/u.test(n[1]) || /^[a-z]{3,}ed$/u.test(n[1])) break;
    } else if (STOP.has(w) || VERBS.has(w)) break;
    // "7,152 worked in …": a past-tense verb, not an adjective ("5 registered companies"), when a
    // function word or nothing follows it.
    if (/^[a-z]{3,}ed$/.test(w)) {
      WORD.lastIndex = pos + m[0].length;
      const n = WORD.exec(lower);
      if (!n || STOP.has(n[1])) break;
    }
    // "28,85% năm 2020": a year follows, not a counted noun.
    if ((w === "năm" || w === "year") && /^[ \t]*\d/.test(lower.slice(pos + m[0].length, pos + m[0].length + 3))) break;
    if (k > 0 && /^[A-ZĐ]/.test(s.slice(pos + m[0].length - w.length, pos + m[0].length)) && words.length) break;
    // ("372 lượt tham gia hội chợ": a verb of two syllables after the classifier ends the noun.)
    if (k > 0 && VI_VERB_HEADS.has(w)) {
      WORD.lastIndex = pos + m[0].length;
      const n = WORD.exec(lower);
      if (n && VI_VERBS.has(`${w} ${n[1]}`)) break;
    }
    if (start < 0) start = pos + m[0].length - w.length;
    words.push(w);
    pos += m[0].length;
    end = pos;
    // "38 category 1 incidents", "12 key stage 2 pupils": a class number inside the noun.
    if (CLASS_WORD.test(w)) {
      CLASS_NUMBER.lastIndex = pos;
      const c = CLASS_NUMBER.exec(lower);
      if (c) {
        words.push(c[1]);
        pos += c[0].length;
        end = pos;
      }
    }
  }
  // ("1,921 online, 1,104 by telephone": a channel or a place said alone is no noun.)
  if (!words.length || (words.length === 1 && /^(?:online|offline|elsewhere|abroad|overseas|locally|nationally)$/u.test(words[0]))) return undefined;
  return { text: words.join(" "), start, end };
}

/** The key two nouns are compared by: the first two syllables in Vietnamese, the stem in English. */
export function nounKey(noun: string | undefined): string | undefined {
  if (!noun) return undefined;
  const ws = noun.split(" ");
  if (/^[a-z]+$/.test(ws[0])) {
    const w = ws[0];
    return w.endsWith("ies") ? w.slice(0, -3) + "y" : w.endsWith("ses") ? w.slice(0, -2) : w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
  }
  return ws.slice(0, 2).join(" ");
}

/** Whether one counted noun is the other or a kind of it, as written: "lượt" and "lượt công dân",
 * "điểm đen" and "điểm"; not "hộ nghèo" and "hộ cận nghèo". */
export function kindOfNoun(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && (a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `));
}

/** "HTX" for "hợp tác xã …", "GVMN" for "giáo viên mầm non": a noun written as the initials of the other's first words. */
export function abbreviates(short: string | undefined, long: string | undefined): boolean {
  if (!short || !long || short.includes(" ") || !/^[\p{L}]{2,5}$/u.test(short)) return false;
  const words = long.split(" ");
  if (words.length < short.length || words[0] === short) return false;
  const first = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "")[0];
  return words.slice(0, short.length).map(first).join("") === short.normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * "người" for "NLĐNN" (người lao động nước ngoài), "doanh nghiệp" for "DNNVV": the head noun a part
 * is counted in, written out, whose initials open an abbreviation (letters without a vowel).
 */
export function headOfAbbreviation(short: string | undefined, head: string | undefined): boolean {
  if (!short || !head || !/^[\p{L}]{3,7}$/u.test(short)) return false;
  const plain = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d");
  const bare = plain(short);
  if (/[aeiouy]/u.test(bare)) return false;
  const words = head.split(" ");
  if (words.length >= bare.length - 1) return false;
  return bare.startsWith(words.map((w) => plain(w)[0]).join(""));
}

/** Whether two counted nouns name the same thing ("chỉ tiêu" ~ "chỉ tiêu chủ yếu", "xã" ~ "xã"). */
export function sameNoun(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  // (A noun is the same as itself, short as it is: "6.942 em" and "1.128 em", whose two letters pass
  // for no English word below.)
  if (a === b) return true;
  const wa = a.split(" ");
  const wb = b.split(" ");
  // English puts the head noun last and modifiers first ("online public services" ~ "services").
  if (/^[a-z][a-z-]*$/.test(wa[0]) && /^[a-z][a-z-]*$/.test(wb[0])) {
    const sa = new Set(wa.filter((w) => /^[a-z]{3,}$/.test(w)).map((w) => nounKey(w)));
    return wb.some((w) => /^[a-z]{3,}$/.test(w) && sa.has(nounKey(w)));
  }
  // Vietnamese: compare syllable by syllable over the shorter noun's first two syllables.
  const n = Math.min(2, wa.length, wb.length);
  for (let i = 0; i < n; i++) if (wa[i] !== wb[i]) return false;
  // A one-syllable noun only matches a noun that starts with it when that noun is a known compound
  // of it ("xã" vs "xã đạt chuẩn"), not a different word ("hộ" vs "hộ chiếu" stays a risk we accept).
  return true;
}

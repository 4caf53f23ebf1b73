// Serialising publishDiagnostics fast. A one-character edit of a large report republishes every
// diagnostic (about 700 bytes each), and JSON.stringify plus UTF-8 encoding of the whole list cost
// more than the analysis. A diagnostic of an unchanged paragraph differs from its last publication
// only in line numbers (the paragraph moved) and the document version, so its JSON is kept as UTF-8
// pieces with holes for those numbers, keyed by the paragraph's own finding (core findingOrigins),
// and the message is assembled from the pieces. The bytes are those JSON.stringify would give.
import type { Diagnostic } from "vscode-languageserver";
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from "vscode-languageserver/node";
import type { FindingOrigin } from "../core/analyze.ts";
import type { LineIndex } from "../core/text/positions.ts";
import type { Finding } from "../core/types.ts";

interface Template {
  uri: string;
  severity: string;
  /**
   * The pieces as UTF-8 bytes held one byte a character (latin1 strings: on the heap, compact, and
   * joined without re-encoding); hole i follows piece i.
   */
  parts: string[];
  /** -1: the document version; otherwise a line relative to the paragraph's first line. */
  holes: number[];
}

interface Wire {
  t: Template;
  base: number;
  version: number;
}

/** Large numbers no position or version reaches: PREFIX + 000000 is the version, + 1 + n line n. */
const SENTINEL = 9007199254000000;
const SENTINEL_RE = /9007199254(\d{6})/g;

const templates = new WeakMap<Finding, Template>();
const wires = new WeakMap<Diagnostic, Wire>();

type Range = { start: { line: number }; end: { line: number } };

function ranges(d: Diagnostic): Range[] {
  const out: Range[] = [d.range];
  for (const r of d.relatedInformation ?? []) out.push(r.location.range);
  const fix = (d.data as { fix?: { range: Range } } | undefined)?.fix;
  if (fix) out.push(fix.range);
  return out;
}

function makeTemplate(d: Diagnostic, base: number, uri: string, severity: string): Template | undefined {
  const copy = JSON.parse(JSON.stringify(d)) as Diagnostic;
  const data = copy.data as { version?: number } | undefined;
  if (!data) return undefined;
  let expected = 0;
  if (typeof data.version === "number") {
    data.version = SENTINEL;
    expected++;
  }
  for (const r of ranges(copy)) {
    for (const p of [r.start, r.end]) {
      if (p.line < base || p.line - base >= 999_998) return undefined;
      p.line = SENTINEL + 1 + p.line - base;
      expected++;
    }
  }
  const json = JSON.stringify(copy);
  const parts: string[] = [];
  const holes: number[] = [];
  let last = 0;
  for (const m of json.matchAll(SENTINEL_RE)) {
    parts.push(json.slice(last, m.index));
    holes.push(+m[1] - 1);
    last = m.index! + m[0].length;
  }
  parts.push(json.slice(last));
  if (holes.length !== expected) return undefined;
  const t: Template = { uri, severity, parts: parts.map((p) => Buffer.from(p, "utf8").toString("latin1")), holes };
  // The pieces must give back exactly what JSON.stringify gives.
  if (render([{ t, base, version: (d.data as { version?: number }).version ?? 0 }]).toString("utf8") !== JSON.stringify(d)) return undefined;
  return t;
}

interface Cached {
  uri: string;
  severity: string;
  /** Line of the paragraph's start when `diag` was made. */
  base: number;
  diag: Diagnostic;
  /** undefined: not made yet (the finding was published once); null: its JSON cannot be templated. */
  t?: Template | null;
}

/**
 * Per paragraph finding (core findingOrigins): its last diagnostic and, from its second publication
 * on, its serialisation template (a template costs about as much memory as the diagnostic itself,
 * and only documents being edited are republished).
 */
const cache = new WeakMap<Finding, Cached>();
/** The mark of a finding with a span outside its paragraph: never cached. */
const OUTSIDE: Cached = { uri: "", severity: "", base: -1, diag: {} as Diagnostic };

/**
 * The diagnostic of finding f, as make() gives it. For a finding of an unchanged paragraph that has
 * not moved to another line, the last one is reused with the new version; either way the result is
 * remembered for wireEncoder.
 */
export function diagnosticFor(
  f: Finding,
  o: FindingOrigin | undefined,
  index: LineIndex,
  uri: string,
  version: number,
  make: () => Diagnostic,
): Diagnostic {
  if (!o) return make();
  let c = cache.get(o.rel);
  if (c === OUTSIDE) return make();
  const base = index.position(o.unitStart).line;
  let d: Diagnostic;
  if (c && c.uri === uri && c.severity === f.severity && c.base === base) {
    const data = c.diag.data as { version?: number };
    d = data.version === undefined || data.version === version ? c.diag : { ...c.diag, data: { ...data, version } };
    // Templated only once republished: most findings of most open documents are published once.
    if (c.t === undefined) c.t = makeTemplate(d, base, uri, f.severity) ?? null;
  } else {
    // Only a finding whose spans all lie in its paragraph keeps its positions relative to it.
    const outside = (s: { start: number; end: number }) => s.start < o.unitStart || s.end > o.unitEnd;
    if (outside(f) || f.related.some(outside) || (f.fix && outside(f.fix))) {
      cache.set(o.rel, OUTSIDE);
      return make();
    }
    d = make();
    const t = !c || c.uri !== uri || c.severity !== f.severity ? undefined : c.t !== undefined ? c.t : (makeTemplate(d, base, uri, f.severity) ?? null);
    c = { uri, severity: f.severity, base, diag: d, t };
    cache.set(o.rel, c);
  }
  if (c.t) {
    const w = wires.get(d);
    if (!w || w.base !== base || w.version !== version) wires.set(d, { t: c.t, base, version });
  }
  return d;
}

/** The wires' JSON, joined as one latin1 string (each character one byte of UTF-8). */
function render(ws: Wire[]): Buffer {
  let out = "";
  for (const w of ws) {
    const { parts, holes } = w.t;
    for (let i = 0; i < parts.length; i++) {
      out += parts[i];
      if (i < holes.length) out += holes[i] < 0 ? w.version : w.base + holes[i];
    }
  }
  return Buffer.from(out, "latin1");
}

const PLACEHOLDER = "\u0000";

/** application/json as vscode-jsonrpc writes it, with publishDiagnostics assembled from templates. */
export const wireEncoder: ContentTypeEncoder = {
  name: "application/json",
  encode(msg: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    try {
      const m = msg as { method?: string; params?: { diagnostics?: Diagnostic[] } };
      const diags = m.method === "textDocument/publishDiagnostics" ? m.params?.diagnostics : undefined;
      if (!Array.isArray(diags) || diags.length < 16 || !/^utf-?8$/i.test(options.charset)) {
        return Promise.resolve(Buffer.from(JSON.stringify(msg, undefined, 0), options.charset));
      }
      const outer = JSON.stringify({ ...m, params: { ...m.params, diagnostics: PLACEHOLDER } }, undefined, 0);
      const hole = outer.indexOf('"diagnostics":"\\u0000"');
      if (hole < 0) return Promise.resolve(Buffer.from(JSON.stringify(msg, undefined, 0), options.charset));
      const chunks: Buffer[] = [Buffer.from(outer.slice(0, hole) + '"diagnostics":[', "utf8")];
      let run: Wire[] = [];
      const flush = () => {
        if (run.length) chunks.push(render(run));
        run = [];
      };
      diags.forEach((d, i) => {
        if (i > 0) run.push(COMMA);
        const w = wires.get(d);
        if (w) run.push(w);
        else {
          flush();
          chunks.push(Buffer.from(JSON.stringify(d), "utf8"));
        }
      });
      flush();
      chunks.push(Buffer.from("]" + outer.slice(hole + '"diagnostics":"\\u0000"'.length), "utf8"));
      return Promise.resolve(Buffer.concat(chunks));
    } catch (err) {
      return Promise.reject(err);
    }
  },
};

const COMMA: Wire = { t: { uri: "", severity: "", parts: [","], holes: [] }, base: 0, version: 0 };

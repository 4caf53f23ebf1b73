// Deterministic report text in the style of the seeds: targets, totals with parts, shares of plan,
// changes, lists and Markdown tables, in Vietnamese and English. Same seed, same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { int, pick, rng, type Rng } from "./prng.ts";

const PROVINCES = ["Bình Phước", "Hà Tĩnh", "Bắc Kạn", "Quảng Ninh", "Đắk Lắk", "Nghệ An", "Cần Thơ"];
const SECTORS_VI = ["công nghiệp", "nông nghiệp", "dịch vụ", "xây dựng", "thương mại"];
const SECTORS_EN = ["industry", "agriculture", "services", "construction", "trade"];

const viNum = (n: number): string => n.toLocaleString("de-DE"); // 1.234.567 and 12,5
const enNum = (n: number): string => n.toLocaleString("en-US");

function viParagraph(r: Rng): string {
  const p = pick(r, PROVINCES);
  const total = int(r, 10, 40);
  const a = int(r, 1, total - 1);
  const b = total - a + (r() < 0.1 ? 1 : 0); // an occasional wrong sum, as drafts have
  const plan = int(r, 80, 120) + int(r, 0, 9) / 10;
  const grow = int(r, 1, 15) + int(r, 0, 9) / 10;
  const money = int(r, 1_000, 90_000);
  switch (int(r, 0, 4)) {
    case 0:
      return `Nghị quyết Đại hội Đảng bộ tỉnh ${p} đề ra ${total} chỉ tiêu. Trong đó có ${a} chỉ tiêu kinh tế - xã hội và ${b} chỉ tiêu xây dựng Đảng; đến nay đã đạt và vượt ${int(r, 1, total)}/${total} chỉ tiêu.`;
    case 1:
      return `Tổng thu ngân sách nhà nước trên địa bàn ước đạt ${viNum(money)} tỷ đồng, bằng ${viNum(plan)}% dự toán, tăng ${viNum(grow)}% so với cùng kỳ năm ${int(r, 2019, 2023)}.`;
    case 2:
      return `Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt ${viNum(grow)}%/năm, đứng thứ ${int(r, 1, 63)}/63 tỉnh, thành phố; thu nhập bình quân đầu người ước đạt ${viNum(int(r, 40, 120))} triệu đồng.`;
    case 3: {
      const s = pick(r, SECTORS_VI);
      return `Cơ cấu kinh tế: ${s} chiếm ${viNum(int(r, 10, 45) + 0.5)}%, dịch vụ chiếm ${viNum(int(r, 20, 40))}%. Toàn tỉnh có ${viNum(int(r, 100, 900))} xã, trong đó ${int(r, 10, 99)} xã đạt chuẩn nông thôn mới, giảm ${int(r, 1, 9)} xã so với kế hoạch.`;
    }
    default:
      return `Tỷ lệ hộ nghèo giảm còn ${viNum(int(r, 1, 9) + 0.25)}%, thấp hơn mục tiêu ${viNum(int(r, 1, 5))}%; ${viNum(int(r, 1000, 9000))} lao động được giải quyết việc làm, đạt ${viNum(plan)}% kế hoạch năm.`;
  }
}

function enParagraph(r: Rng): string {
  const total = int(r, 10, 40);
  const a = int(r, 1, total - 1);
  const plan = int(r, 80, 120) + int(r, 0, 9) / 10;
  const grow = int(r, 1, 15) + int(r, 0, 9) / 10;
  switch (int(r, 0, 3)) {
    case 0:
      return `The plan set ${total} targets, of which ${a} economic targets and ${total - a} social targets; ${int(r, 1, total)} of ${total} have been met.`;
    case 1:
      return `Revenue reached ${enNum(int(r, 1_000, 90_000))} billion dong, ${enNum(plan)}% of the plan, up ${enNum(grow)}% year on year from ${enNum(int(r, 900, 5000))}.`;
    case 2:
      return `${pick(r, SECTORS_EN)} accounted for ${enNum(int(r, 10, 45) + 0.5)}% of output; the province ranked ${int(r, 1, 63)} of 63, falling ${int(r, 1, 9)} places.`;
    default:
      return `Exports rose from ${enNum(int(r, 100, 900))} million USD to ${enNum(int(r, 900, 2000))} million USD, an increase of ${enNum(grow)}%, which is below the target of ${int(r, 10, 20)}%.`;
  }
}

function list(r: Rng, vi: boolean): string {
  const n = int(r, 2, 5);
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    items.push(vi ? `- ${SECTORS_VI[i]}: đạt ${viNum(int(r, 50, 130))}% kế hoạch, tăng ${viNum(int(r, 1, 20) + 0.5)}%;` : `- ${SECTORS_EN[i]}: ${enNum(int(r, 50, 130))}% of plan, up ${enNum(int(r, 1, 20) + 0.5)}%;`);
  }
  return (vi ? `Kết quả theo lĩnh vực (${n} lĩnh vực):\n` : `Results by sector (${n} sectors):\n`) + items.join("\n");
}

function table(r: Rng, vi: boolean): string {
  const rows = int(r, 2, 5);
  const fmt = vi ? viNum : enNum;
  const head = vi ? "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |" : "| Indicator | Plan | Actual | Share (%) |";
  const out = [head, "|---|---:|---:|---:|"];
  let sumP = 0, sumA = 0;
  for (let i = 0; i < rows; i++) {
    const p = int(r, 100, 5000), a = int(r, 80, 5200);
    sumP += p; sumA += a;
    out.push(`| ${vi ? SECTORS_VI[i] : SECTORS_EN[i]} | ${fmt(p)} | ${fmt(a)} | ${fmt(Math.round((a / p) * 1000) / 10)} |`);
  }
  out.push(`| ${vi ? "Tổng" : "Total"} | ${fmt(sumP)} | ${fmt(sumA + (r() < 0.1 ? 7 : 0))} | ${fmt(Math.round((sumA / sumP) * 1000) / 10)} |`);
  return out.join("\n");
}

/** One report of at least `bytes` UTF-8 bytes (mostly Vietnamese, one section in four English). */
export function report(seed: number, bytes: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    const vi = section % 4 !== 3;
    const title = vi ? `## ${++section}. Kết quả thực hiện tại tỉnh ${pick(r, PROVINCES)}` : `## ${++section}. Results in ${pick(r, PROVINCES)}`;
    const block = [title];
    const n = int(r, 3, 7);
    for (let i = 0; i < n; i++) {
      const k = r();
      block.push(k < 0.65 ? (vi ? viParagraph(r) : enParagraph(r)) : k < 0.85 ? list(r, vi) : table(r, vi));
    }
    const s = block.join("\n\n") + "\n\n";
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join("");
}

export interface Corpus {
  dir: string;
  files: Record<"10KB" | "100KB" | "1MB" | "10MB", string>;
  folder: string;
}

export const SIZES = { "10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000, "10MB": 10_000_000 } as const;

/** Writes the single files and a folder of `folderFiles` small reports (2-8 KB each) under `dir`. */
export function writeCorpus(dir: string, folderFiles = 2000): Corpus {
  const files = {} as Corpus["files"];
  for (const [name, bytes] of Object.entries(SIZES) as [keyof typeof SIZES, number][]) {
    files[name] = join(dir, `report-${name}.md`);
    writeFileSync(files[name], report(bytes, bytes));
  }
  const folder = join(dir, "folder");
  mkdirSync(folder, { recursive: true });
  const r = rng(42);
  for (let i = 0; i < folderFiles; i++) {
    writeFileSync(join(folder, `bao-cao-${String(i).padStart(4, "0")}.md`), report(1000 + i, int(r, 2000, 8000)));
  }
  return { dir, files, folder };
}

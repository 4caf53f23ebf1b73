// Words the server writes itself (hovers, code action titles, limit notices, the figures report), in
// the two languages the core writes findings in. The findings' own messages come from the core.
import type { ClaimKind, FigureKind, Lang, NonFigureKind, QualifierKind } from "../core/types.ts";

interface Catalog {
  figureKind: Record<FigureKind, string>;
  nonFigure: Record<NonFigureKind, string>;
  qualifier: Record<QualifierKind, string>;
  claimKind: Record<ClaimKind, string>;
  notFigure: (text: string, what: string) => string;
  value: string;
  range: string;
  fraction: (n: string, d: string) => string;
  unit: string;
  scale: string;
  precision: (decimals: number, whole: boolean) => string;
  qualifiers: string;
  stands: string;
  year: string;
  perYear: string;
  words: string;
  noun: string;
  role: string;
  inNoClaim: string;
  disableLine: (rule: string) => string;
  disableFile: (rule: string) => string;
  fixAll: string;
  tooLarge: (mb: string, limit: string) => string;
  binary: string;
  excluded: string;
  disabled: string;
  language: string;
  reportTitle: (name: string) => string;
  summary: (s: { figures: number; claims: number; checked: number; unchecked: number; nonFigures: number }) => string;
  findingsCount: (n: number) => string;
  figuresHeading: string;
  nonFiguresHeading: string;
  columns: { line: string; text: string; kind: string; why: string };
}

const vi: Catalog = {
  figureKind: { number: "số lượng", percent: "tỷ lệ phần trăm", range: "khoảng", fraction: "phân số", multiplier: "số lần" },
  nonFigure: {
    date: "ngày tháng",
    time: "giờ",
    year: "năm",
    period: "giai đoạn",
    docref: "số hiệu văn bản",
    ordinal: "số thứ tự",
    quarter: "quý",
    phone: "số điện thoại",
    version: "số phiên bản",
    chrome: "số mục, trang hoặc bảng",
    code: "mã",
    label: "số trong nhãn của mục",
  },
  qualifier: {
    about: "khoảng (gần đúng)",
    estimate: "ước tính",
    over: "hơn (giá trị thật lớn hơn)",
    under: "dưới (giá trị thật nhỏ hơn)",
    nearly: "gần (hơi thấp hơn)",
    atLeast: "tối thiểu",
    atMost: "tối đa",
  },
  claimKind: {
    "total-parts": "tổng và các phần",
    fraction: "phân số",
    rank: "thứ hạng",
    "fraction-percent": "phân số và tỷ lệ",
    "share-of-plan": "tỷ lệ so với kế hoạch",
    "value-target": "giá trị và mục tiêu",
    change: "thay đổi",
    comparison: "so sánh",
    "share-bound": "giới hạn tỷ lệ",
    "shares-whole": "các tỷ trọng của một tổng thể",
  },
  notFigure: (text, what) => `**${text}** là ${what}, không phải số liệu`,
  value: "Giá trị",
  range: "Khoảng",
  fraction: (n, d) => `${n} trên ${d}`,
  unit: "Đơn vị",
  scale: "Quy mô",
  precision: (d, whole) => (whole ? "số đếm, chính xác" : d === 0 ? "làm tròn đến hàng đơn vị" : `${d} chữ số thập phân`),
  qualifiers: "Từ chỉ mức độ",
  stands: "Được hiểu là",
  year: "Năm",
  perYear: "mỗi năm",
  words: "viết bằng chữ",
  noun: "Đối tượng đếm",
  role: "vai trò",
  inNoClaim: "Không thuộc nhận định nào được kiểm tra.",
  disableLine: (rule) => `Tắt ${rule} cho dòng này`,
  disableFile: (rule) => `Tắt ${rule} cho cả tệp`,
  fixAll: "Sửa tất cả lỗi số liệu có thể sửa tự động",
  tooLarge: (mb, limit) => `figlint không kiểm tra tệp này: ${mb} MB, vượt giới hạn ${limit} MB (figlint.maxFileSizeMB).`,
  binary: "figlint không kiểm tra tệp này: nội dung nhị phân (có byte NUL), không phải văn bản.",
  excluded: "Tệp bị loại trừ bởi figlint.exclude hoặc tệp cấu hình.",
  disabled: "figlint đang tắt cho tệp này (figlint.enable).",
  language: "Ngôn ngữ",
  reportTitle: (name) => `Số liệu đọc được trong ${name}`,
  summary: (s) =>
    `${s.figures} số liệu, ${s.claims} nhận định (${s.checked} được kiểm tra), ${s.unchecked} số liệu không thuộc nhận định nào, ${s.nonFigures} số không phải số liệu.`,
  findingsCount: (n) => `${n} phát hiện.`,
  figuresHeading: "Số liệu",
  nonFiguresHeading: "Không phải số liệu",
  columns: { line: "Dòng", text: "Văn bản", kind: "Loại", why: "Lý do" },
};

const en: Catalog = {
  figureKind: { number: "amount", percent: "percentage", range: "range", fraction: "fraction", multiplier: "multiplier" },
  nonFigure: {
    date: "a date",
    time: "a time of day",
    year: "a year",
    period: "a period",
    docref: "a document number",
    ordinal: "an ordinal",
    quarter: "a quarter",
    phone: "a phone number",
    version: "a version number",
    chrome: "a section, page or table number",
    code: "a code",
    label: "a number inside an item's label",
  },
  qualifier: {
    about: "about (approximate)",
    estimate: "estimate",
    over: "over (true value is higher)",
    under: "under (true value is lower)",
    nearly: "nearly (just below)",
    atLeast: "at least",
    atMost: "at most",
  },
  claimKind: {
    "total-parts": "total and parts",
    fraction: "fraction",
    rank: "rank",
    "fraction-percent": "fraction and percentage",
    "share-of-plan": "share of plan",
    "value-target": "value and target",
    change: "change",
    comparison: "comparison",
    "share-bound": "share bound",
    "shares-whole": "shares of one whole",
  },
  notFigure: (text, what) => `**${text}** is ${what}, not a figure`,
  value: "Value",
  range: "Range",
  fraction: (n, d) => `${n} of ${d}`,
  unit: "Unit",
  scale: "Scale",
  precision: (d, whole) => (whole ? "a count, exact" : d === 0 ? "rounded to units" : `${d} decimal place${d === 1 ? "" : "s"}`),
  qualifiers: "Qualifiers",
  stands: "Read as",
  year: "Year",
  perYear: "per year",
  words: "written in words",
  noun: "Counts",
  role: "role",
  inNoClaim: "Takes part in no checked claim.",
  disableLine: (rule) => `Disable ${rule} on this line`,
  disableFile: (rule) => `Disable ${rule} in this file`,
  fixAll: "Fix all auto-fixable figure problems",
  tooLarge: (mb, limit) => `figlint does not check this file: ${mb} MB, above the ${limit} MB limit (figlint.maxFileSizeMB).`,
  binary: "figlint does not check this file: binary content (NUL bytes), not text.",
  excluded: "The file is excluded by figlint.exclude or the config file.",
  disabled: "figlint is disabled for this file (figlint.enable).",
  language: "Language",
  reportTitle: (name) => `Figures read in ${name}`,
  summary: (s) =>
    `${s.figures} figures, ${s.claims} claims (${s.checked} checked), ${s.unchecked} figures in no claim, ${s.nonFigures} numbers that are not figures.`,
  findingsCount: (n) => `${n} finding${n === 1 ? "" : "s"}.`,
  figuresHeading: "Figures",
  nonFiguresHeading: "Not figures",
  columns: { line: "Line", text: "Text", kind: "Kind", why: "Why" },
};

export function msg(lang: Lang): Catalog {
  return lang === "vi" ? vi : en;
}

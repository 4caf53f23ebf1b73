// The rule list: one id per rule, used as the file name under checks/, the setting key, the
// Diagnostic.code, the README anchor and the fixture folder. A test checks they all exist.
import type { RuleInfo } from "./types.ts";

export const RULES: readonly RuleInfo[] = [
  {
    id: "parts-sum",
    defaultSeverity: "error",
    fixable: false,
    description: {
      vi: "Các phần không cộng lại bằng tổng đã nêu",
      en: "Parts do not add up to the stated total",
    },
  },
  {
    id: "part-exceeds-whole",
    defaultSeverity: "error",
    fixable: false,
    description: { vi: "Một phần lớn hơn tổng thể của nó", en: "A part is larger than its whole" },
  },
  {
    id: "fraction-exceeds-whole",
    defaultSeverity: "error",
    fixable: false,
    description: { vi: "Phân số X/Y với X lớn hơn Y", en: "A count X/Y with X larger than Y" },
  },
  {
    id: "rank-out-of-range",
    defaultSeverity: "error",
    fixable: false,
    description: { vi: "Thứ hạng vượt quá số đơn vị được xếp hạng", en: "A rank beyond the number ranked" },
  },
  {
    id: "fraction-percent",
    defaultSeverity: "error",
    fixable: true,
    description: { vi: "Tỷ lệ phần trăm không khớp với phân số", en: "A percentage does not match its fraction" },
  },
  {
    id: "status-contradiction",
    defaultSeverity: "warning",
    fixable: false,
    description: {
      vi: "Từ đánh giá (vượt, đạt, không đạt…) trái với số liệu",
      en: "A status word (exceeded, met, missed…) contradicts the figures",
    },
  },
  {
    id: "change-direction",
    defaultSeverity: "error",
    fixable: false,
    description: { vi: "Chiều tăng/giảm trái với hai đầu mút", en: "A rise or fall contradicts its endpoints" },
  },
  {
    id: "change-arithmetic",
    defaultSeverity: "error",
    fixable: true,
    description: {
      vi: "Mức thay đổi, bình quân hằng năm, tỷ lệ thay đổi hoặc chênh lệch không khớp với các số liệu gốc",
      en: "A change, per-year average, percentage change or difference does not follow from its figures",
    },
  },
  {
    id: "comparison-contradiction",
    defaultSeverity: "warning",
    fixable: false,
    description: {
      vi: "Từ so sánh (cao hơn, thấp hơn, gấp…) trái với số liệu",
      en: "A comparison word (higher, lower, times…) contradicts the figures",
    },
  },
  {
    id: "share-over-100",
    defaultSeverity: "error",
    fixable: false,
    description: { vi: "Tỷ lệ không thể vượt 100% lại lớn hơn 100%", en: "A share that cannot exceed 100% is above 100%" },
  },
  {
    id: "shares-over-100",
    defaultSeverity: "error",
    fixable: false,
    description: { vi: "Các tỷ trọng của một tổng thể cộng lại quá 100%", en: "Shares of one whole add up to more than 100%" },
  },
  {
    id: "below-target",
    defaultSeverity: "information",
    fixable: false,
    description: { vi: "Giá trị thấp hơn mục tiêu đã nêu", en: "A value below its stated target" },
  },
  {
    id: "mixed-number-style",
    defaultSeverity: "hint",
    fixable: false,
    description: {
      vi: "Văn bản dùng lẫn nhiều kiểu viết số",
      en: "The document mixes number styles",
    },
  },
  {
    id: "unchecked-figure",
    defaultSeverity: "off",
    fixable: false,
    description: {
      vi: "Số liệu không thuộc nhận định nào được kiểm tra",
      en: "A figure that takes part in no checked claim",
    },
  },
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}

/** Where each rule is documented (README anchor); used for Diagnostic.codeDescription and SARIF. */
export const RULE_DOCS_BASE = "https://github.com/figlint/figlint#rule-";

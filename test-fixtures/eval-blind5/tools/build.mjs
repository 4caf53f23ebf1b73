// Builds ../mutations.json from the definitions below and double-checks the arithmetic:
// every mutated claim must be consistent in the original window and inconsistent in the mutated window;
// every clean claim (CLEAN list) must be consistent in the original documents.
//   node tools/build.mjs            (writes mutations.json, prints problems)
//   node tools/build.mjs --dump     (also prints the numbers extracted from every window)
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const SET = join(dirname(fileURLToPath(import.meta.url)), "..");
const dump = process.argv.includes("--dump");
const docCache = {};
const doc = f => (docCache[f] ??= readFileSync(join(SET, f), "utf8"));
const isVi = f => /\/vi_/.test(f);

// Number extraction (Vietnamese: dot thousands, decimal comma; English: comma thousands, decimal point).
function nums(text, vi) {
  const re = vi ? /\d+(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g : /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  return [...text.matchAll(re)].map(m => vi ? +m[0].replace(/\./g, "").replace(",", ".") : +m[0].replace(/,/g, ""));
}
// x rounds to shown at d decimals (with a hair of tolerance for float noise)
const near = (x, shown, d = 1) => Math.abs(x - shown) <= 0.5 * 10 ** -d + 1e-9;
const pct = (a, b) => 100 * a / b;
const chg = (now, before) => 100 * (now / before - 1);
const eq = (a, b) => Math.abs(a - b) < 1e-6;
const WORDS = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const w = s => WORDS[s.toLowerCase()];
const ORD = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

// window may be a literal substring or [startMarker, endMarker] (inclusive) in the original doc
function resolveWindow(f, win) {
  if (typeof win === "string") return win;
  const t = doc(f); const a = t.indexOf(win[0]); const b = t.indexOf(win[1], a);
  if (a < 0 || b < 0) throw new Error(`window markers not found in ${f}: ${win}`);
  return t.slice(a, b + win[1].length);
}

const F1 = "docs/vi_ktxh_quy3_hoalam.txt", F2 = "docs/vi_yte_danso_tamkhe.md", F3 = "docs/vi_ngansach_6thang_binhlam.txt",
  F4 = "docs/vi_chuyendoiso_tanhung.txt", F5 = "docs/en_county_finance_q2.md", F6 = "docs/en_university_outcomes.txt",
  F7 = "docs/en_agri_bulletin_2023.txt", F8 = "docs/en_transport_annual_2023-24.md";

// Markdown table helper: rows of numbers (parenthesised values negative), keyed by first cell
function table(t, vi) {
  return t.split("\n").filter(l => l.startsWith("|") && !/^\|[-: |]+\|$/.test(l)).map(l => {
    const cells = l.split("|").slice(1, -1).map(c => c.trim().replace(/\*/g, ""));
    return { name: cells[0], v: cells.slice(1).map(c => { const n = nums(c, vi); return n.length ? (c.startsWith("(") ? -n[0] : n[0]) : null; }), cells };
  });
}

const M = [
  // ---------- F1 Vietnamese: KT-XH quý III thành phố Hòa Lâm ----------
  { f: F1, find: "cao hơn cùng kỳ năm 2023 (7,42%)", replace: "cao hơn cùng kỳ năm 2023 (8,42%)",
    window: "ước đạt 8,15%, cao hơn cùng kỳ năm 2023 (7,42%)", tags: ["comparison"],
    note: "GRDP growth 8,15% is said to be 'cao hơn' last year's rate, which now reads 8,42% (8,15 < 8,42)",
    check: n => n[0] > n[2] },
  { f: F1, find: "thuế sản phẩm trừ trợ cấp sản phẩm 3,3%", replace: "thuế sản phẩm trừ trợ cấp sản phẩm 13,3%",
    window: "Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 46,3%, dịch vụ 41,8%, nông, lâm nghiệp và thủy sản 8,6%, thuế sản phẩm trừ trợ cấp sản phẩm 3,3%",
    tags: ["shares"], note: "economic structure shares 46,3 + 41,8 + 8,6 + 13,3 = 110,0% (original sums to 100,0%)",
    check: n => Math.abs(n.reduce((a, b) => a + b, 0) - 100) <= 0.2 },
  { f: F1, find: "đạt 76,4% kế hoạch năm", replace: "đạt 67,4% kế hoạch năm",
    window: "9 tháng ước đạt 18.742,6 tỷ đồng, đạt 76,4% kế hoạch năm (24.530 tỷ đồng)", tags: ["percent"],
    note: "18.742,6 / 24.530 = 76,4%, not 67,4%", check: n => near(pct(n[1], n[3]), n[2]) },
  { f: F1, find: "tăng 11,3% so với quý III/2023", replace: "tăng 13,1% so với quý III/2023",
    window: "quý III ước đạt 6.215,4 tỷ đồng, tăng 11,3% so với quý III/2023 (5.584,2 tỷ đồng)", tags: ["change"],
    note: "6.215,4 / 5.584,2 - 1 = 11,3%, not 13,1%", check: n => near(chg(n[0], n[3]), n[1]) },
  { f: F1, find: "trong đó 4 xã đạt chuẩn nông thôn mới nâng cao", replace: "trong đó 14 xã đạt chuẩn nông thôn mới nâng cao",
    window: "có 9/11 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn nông thôn mới nâng cao", tags: ["part-whole"],
    note: "14 advanced-NTM communes 'trong đó' only 9 NTM communes (city has 11 communes)", check: n => n[2] <= n[0] && n[0] <= n[1] },
  { f: F1, find: "gồm thu nội địa 2.613,2 tỷ đồng", replace: "gồm thu nội địa 2.713,2 tỷ đồng",
    window: "9 tháng ước đạt 2.846,7 tỷ đồng, bằng 81,6% dự toán năm (3.488,5 tỷ đồng), tăng 6,9% so với cùng kỳ; gồm thu nội địa 2.613,2 tỷ đồng và thu từ hoạt động xuất nhập khẩu 233,5 tỷ đồng",
    tags: ["sum"], note: "2.713,2 + 233,5 = 2.946,7, not the stated total 2.846,7 (original 2.613,2 + 233,5 = 2.846,7)",
    check: n => near(n[5] + n[6], n[1], 1) && near(pct(n[1], n[3]), n[2]) },
  { f: F1, find: "tỷ lệ 84,4%", replace: "tỷ lệ 86,4%",
    window: "có 45 trường công lập, trong đó 38 trường đạt chuẩn quốc gia, tỷ lệ 84,4%", tags: ["percent"],
    note: "38 / 45 = 84,4%, not 86,4%", check: n => near(pct(n[1], n[0]), n[2]) },
  { f: F1, find: "xếp thứ 3/9 đơn vị cấp huyện", replace: "xếp thứ 13/9 đơn vị cấp huyện",
    window: "xếp thứ 3/9 đơn vị cấp huyện", tags: ["rank"],
    note: "rank 13 out of 9 district-level units", check: n => n[0] >= 1 && n[0] <= n[1] },
  { f: F1, find: "(kế hoạch 82%)", replace: "(kế hoạch 86%)",
    window: "Một số chỉ tiêu đã đạt và vượt kế hoạch ngay trong 9 tháng: tỷ lệ trường đạt chuẩn quốc gia 84,4% (kế hoạch 82%)", tags: ["status"],
    note: "listed under 'đạt và vượt kế hoạch' but 84,4% is below the (mutated) plan of 86%", check: n => n[1] >= n[2] },
  { f: F1, find: "có 17 chỉ tiêu đạt và vượt", replace: "có 18 chỉ tiêu đạt và vượt",
    window: "Trong 21 chỉ tiêu chủ yếu của Nghị quyết HĐND thành phố năm 2024, ước cả năm có 17 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu đạt xấp xỉ và 1 chỉ tiêu chưa đạt",
    tags: ["sum"], note: "18 + 3 + 1 = 22 targets, but there are 21", check: n => n[2] + n[3] + n[4] === n[0] },

  // ---------- F2 Vietnamese (md): y tế - dân số huyện Tam Khê ----------
  { f: F2, find: "| 96,4 | 101,5 |", replace: "| 96,4 | 110,5 |",
    window: "| 95,0 | 96,4 | 101,5 |", tags: ["percent", "table"],
    note: "table row: 96,4 / 95,0 = 101,5% of plan, not 110,5%", check: n => near(pct(n[1], n[0]), n[2]) },
  { f: F2, find: "| 17,9 |", replace: "| 19,7 |",
    window: "| ≤ 18,5 | 17,9 | Đạt |", tags: ["status", "table", "lower-better"],
    note: "stunting target is ≤ 18,5%; 19,7% is above it yet the row says 'Đạt'", check: (n, t) => (n[1] <= n[0]) === /Đạt/.test(t) && !/Chưa/.test(t) },
  { f: F2, find: "16/18 xã, thị trấn đạt", replace: "19/18 xã, thị trấn đạt",
    window: "18 trạm y tế xã, thị trấn; 16/18 xã, thị trấn đạt Bộ tiêu chí quốc gia về y tế xã, tỷ lệ 88,9%", tags: ["fraction"],
    note: "19 of 18 communes (and 88,9% = 16/18)", check: n => n[1] <= n[2] && near(pct(n[1], n[2]), n[3]) },
  { f: F2, find: "chiếm 85,3%", replace: "chiếm 58,3%",
    window: "Tổng số lượt khám bệnh cả năm là 186.420 lượt, tăng 6,8% so với năm 2023 (174.550 lượt); trong đó khám bệnh có thẻ BHYT 158.937 lượt, chiếm 85,3%",
    tags: ["percent"], note: "158.937 / 186.420 = 85,3%, not 58,3%", check: n => near(pct(n[4], n[0]), n[5]) },
  { f: F2, find: "tăng 6,8% so với năm 2023", replace: "tăng 8,6% so với năm 2023",
    window: "Tổng số lượt khám bệnh cả năm là 186.420 lượt, tăng 6,8% so với năm 2023 (174.550 lượt)", tags: ["change"],
    note: "186.420 / 174.550 - 1 = 6,8%, not 8,6%", check: n => near(chg(n[0], n[3]), n[1]) },
  { f: F2, find: "giảm 58 ca", replace: "giảm 68 ca",
    window: "ghi nhận 126 ca, giảm 58 ca so với năm 2023 (184 ca)", tags: ["difference"],
    note: "184 - 126 = 58 cases, not 68", check: n => n[3] - n[0] === n[1] },
  { f: F2, find: "trong đó 51 người điều trị ARV", replace: "trong đó 71 người điều trị ARV",
    window: "đang quản lý 63 người nhiễm HIV còn sống, trong đó 51 người điều trị ARV, đạt 81,0%", tags: ["part-whole"],
    note: "71 on ARV 'trong đó' only 63 people with HIV (and 51/63 = 81,0%)", check: n => n[1] <= n[0] && near(pct(n[1], n[0]), n[2]) },
  { f: F2, find: "23 cơ sở vi phạm", replace: "32 cơ sở vi phạm",
    window: "kiểm tra 412 cơ sở sản xuất, kinh doanh thực phẩm; 389 cơ sở đạt yêu cầu (94,4%), 23 cơ sở vi phạm", tags: ["sum"],
    note: "389 compliant + 32 violating = 421, not the 412 inspected", check: n => n[1] + n[3] === n[0] && near(pct(n[1], n[0]), n[2]) },
  { f: F2, find: "nguồn thu sự nghiệp 17,1 tỷ đồng", replace: "nguồn thu sự nghiệp 19,1 tỷ đồng",
    window: "Tổng kinh phí hoạt động năm 2024 là 48,6 tỷ đồng, gồm: ngân sách nhà nước cấp 29,4 tỷ đồng (60,5%), nguồn thu sự nghiệp 17,1 tỷ đồng và nguồn khác 2,1 tỷ đồng",
    tags: ["sum"], note: "29,4 + 19,1 + 2,1 = 50,6 tỷ, not the total 48,6 tỷ", check: n => near(n[2] + n[4] + n[5], n[1]) && near(pct(n[2], n[1]), n[3]) },
  { f: F2, find: "có 110 bác sĩ", replace: "có 130 bác sĩ",
    window: "Toàn huyện hiện có 110 bác sĩ (kể cả cơ sở y tế ngoài công lập) trên dân số trung bình 128.460 người, tương đương 8,6 bác sĩ/vạn dân",
    tags: ["average"], note: "130 doctors / 12,846 vạn dân = 10,1 per 10.000, not 8,6 (110 gives 8,6)", check: n => near(n[0] / (n[1] / 10000), n[2]) },

  // ---------- F3 Vietnamese: thu chi ngân sách 6 tháng tỉnh Bình Lâm ----------
  { f: F3, find: "bằng 54,8% dự toán", replace: "bằng 58,4% dự toán",
    window: "Dự toán HĐND tỉnh giao năm 2024 là 14.482 tỷ đồng, cao hơn 452 tỷ đồng so với dự toán Trung ương giao (14.030 tỷ đồng). Tổng thu NSNN trên địa bàn 6 tháng ước đạt 7.936,4 tỷ đồng, bằng 54,8% dự toán",
    tags: ["percent"], note: "7.936,4 / 14.482 = 54,8% of the estimate, not 58,4%", check: n => near(pct(n[5], n[1]), n[6]) },
  { f: F3, find: "tăng 9,6% so với cùng kỳ năm 2023", replace: "tăng 6,9% so với cùng kỳ năm 2023",
    window: "ước đạt 7.936,4 tỷ đồng, bằng 54,8% dự toán, tăng 9,6% so với cùng kỳ năm 2023 (7.241,3 tỷ đồng)", tags: ["change"],
    note: "7.936,4 / 7.241,3 - 1 = 9,6%, not 6,9%", check: n => near(chg(n[0], n[4]), n[2]) },
  { f: F3, find: "Thu nội địa: 6.874,9 tỷ đồng", replace: "Thu nội địa: 6.974,9 tỷ đồng",
    window: ["6 tháng ước đạt 7.936,4 tỷ đồng", "b) Thu từ hoạt động xuất nhập khẩu: 1.061,5 tỷ đồng"], tags: ["sum"],
    note: "thu nội địa 6.974,9 + XNK 1.061,5 = 8.036,4, not the total 7.936,4 (also 6.974,9/12.923 is 54,0%, not 53,2%)",
    check: (n, t) => { const v = re => nums(t.match(re)[1], true)[0];
      return near(v(/Thu nội địa: ([\d.,]+)/) + v(/xuất nhập khẩu: ([\d.,]+)/), v(/ước đạt ([\d.,]+) tỷ/)) && near(pct(v(/Thu nội địa: ([\d.,]+)/), 12923), 53.2); } },
  { f: F3, find: "cao hơn 452 tỷ đồng", replace: "cao hơn 542 tỷ đồng",
    window: "là 14.482 tỷ đồng, cao hơn 452 tỷ đồng so với dự toán Trung ương giao (14.030 tỷ đồng)", tags: ["difference"],
    note: "14.482 - 14.030 = 452 tỷ, not 542", check: n => n[0] - n[2] === n[1] },
  { f: F3, find: "bình quân mỗi năm tăng 927 tỷ đồng", replace: "bình quân mỗi năm tăng 1.127 tỷ đồng",
    window: "Nhìn lại giai đoạn 2020-2023, thu NSNN trên địa bàn tăng từ 11.250 tỷ đồng năm 2020 lên 14.031 tỷ đồng năm 2023, tăng thêm 2.781 tỷ đồng, bình quân mỗi năm tăng 927 tỷ đồng",
    tags: ["average"], note: "(14.031 - 11.250) / 3 years = 927 tỷ a year, not 1.127 (2.781 / 3 = 927)",
    check: n => n[4] - n[2] === n[6] && near(n[6] / (n[1] - n[0]), n[7], 0) },
  { f: F3, find: "thấp hơn cùng kỳ năm 2023 (38,6%)", replace: "thấp hơn cùng kỳ năm 2023 (31,6%)",
    window: "Chi đầu tư phát triển 1.872,5 tỷ đồng, bằng 35,2% dự toán; tỷ lệ giải ngân vốn đầu tư công cao hơn mức bình quân chung cả nước (28,9%) nhưng thấp hơn cùng kỳ năm 2023 (38,6%)",
    tags: ["comparison"], note: "35,2% is said to be 'thấp hơn' last year's 31,6%", check: n => n[1] > n[2] && n[1] < n[4] },
  { f: F3, find: "chiếm 40,6% chi thường xuyên", replace: "chiếm 46,0% chi thường xuyên",
    window: "Chi thường xuyên 4.275,8 tỷ đồng, bằng 49,6% dự toán, cơ bản đáp ứng nhiệm vụ chi; trong đó chi sự nghiệp giáo dục - đào tạo 1.734,2 tỷ đồng, chiếm 40,6% chi thường xuyên",
    tags: ["percent"], note: "1.734,2 / 4.275,8 = 40,6%, not 46,0%", check: n => near(pct(n[2], n[0]), n[3]) },
  { f: F3, find: "(450,1 tỷ đồng)", replace: "(405,1 tỷ đồng)",
    window: "Tổng nợ thuế đến ngày 30/6/2024 là 412,7 tỷ đồng, giảm 8,3% so với thời điểm 31/12/2023 (450,1 tỷ đồng)", tags: ["direction"],
    note: "tax arrears said to fall ('giảm 8,3%') to 412,7 from 405,1, which is a rise", check: n => n[3] < n[8] && near(100 * (1 - n[3] / n[8]), n[4]) },
  { f: F3, find: "5 khoản thu đạt thấp", replace: "6 khoản thu đạt thấp",
    window: "có 11/16 khoản thu đạt trên 50% dự toán; 5 khoản thu đạt thấp", tags: ["sum"],
    note: "11 + 6 = 17 revenue items, but there are 16", check: n => n[0] + n[3] === n[1] },
  { f: F3, find: "Sơn Lâm (32,8%)", replace: "Sơn Lâm (73,8%)",
    window: "dẫn đầu là thị xã Phú An (71,3%), thấp nhất là huyện Sơn Lâm (32,8%)", tags: ["comparison"],
    note: "the lowest district (73,8%) is above the leader (71,3%)", check: n => n[1] < n[0] },

  // ---------- F4 Vietnamese: chuyển đổi số tỉnh Tân Hưng ----------
  { f: F4, find: "582 dịch vụ công trực tuyến một phần", replace: "682 dịch vụ công trực tuyến một phần",
    window: "có 1.628 thủ tục được cung cấp dưới dạng dịch vụ công trực tuyến (chiếm 83,8%), gồm 1.046 dịch vụ công trực tuyến toàn trình (chiếm 64,3% số dịch vụ công trực tuyến) và 582 dịch vụ công trực tuyến một phần",
    tags: ["sum"], note: "1.046 + 682 = 1.728, not the 1.628 online services", check: n => n[2] + n[4] === n[0] && near(pct(n[2], n[0]), n[3]) },
  { f: F4, find: "96,2% văn bản đi", replace: "106,2% văn bản đi",
    window: "96,2% văn bản đi được ký số", tags: ["rate"],
    note: "106,2% of outgoing documents digitally signed: a share cannot exceed 100%", check: n => n[0] <= 100 },
  { f: F4, find: "trong đó 372.904 hồ sơ nộp trực tuyến", replace: "trong đó 327.904 hồ sơ nộp trực tuyến",
    window: "toàn tỉnh tiếp nhận 486.215 hồ sơ thủ tục hành chính, trong đó 372.904 hồ sơ nộp trực tuyến; tỷ lệ hồ sơ trực tuyến đạt 76,7%",
    tags: ["percent"], note: "327.904 / 486.215 = 67,4%, not the stated 76,7% (372.904 gives 76,7%)", check: n => near(pct(n[1], n[0]), n[2]) },
  { f: F4, find: "tăng 35,5 điểm phần trăm", replace: "tăng 45,5 điểm phần trăm",
    window: "tỷ lệ hồ sơ trực tuyến đạt 76,7%, tăng 35,5 điểm phần trăm so với năm 2021 (41,2%)", tags: ["difference"],
    note: "76,7 - 41,2 = 35,5 points, not 45,5", check: n => near(n[0] - n[3], n[1]) },
  { f: F4, find: "còn 1,4% hồ sơ trễ hạn", replace: "còn 4,1% hồ sơ trễ hạn",
    window: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%, còn 1,4% hồ sơ trễ hạn", tags: ["shares"],
    note: "on time 98,6% + late 4,1% = 102,7% of files", check: n => near(n[0] + n[1], 100) },
  { f: F4, find: "mới đạt 38,4%", replace: "mới đạt 58,4%",
    window: "mới đạt 38,4%, chưa đạt mục tiêu (50%)", tags: ["status"],
    note: "58,4% is above the 50% target, yet 'mới đạt ... chưa đạt mục tiêu'", check: n => n[0] < n[1] },
  { f: F4, find: "bình quân 5,7 thành viên/tổ", replace: "bình quân 7,5 thành viên/tổ",
    window: "Thành lập 1.538 tổ công nghệ số cộng đồng với 8.742 thành viên, bình quân 5,7 thành viên/tổ", tags: ["average"],
    note: "8.742 / 1.538 = 5,7 members per team, not 7,5", check: n => near(n[1] / n[0], n[2]) },
  { f: F4, find: "trong đó 186 trạm 5G", replace: "trong đó 1.286 trạm 5G",
    window: "Toàn tỉnh có 1.214 trạm BTS, trong đó 186 trạm 5G", tags: ["part-whole"],
    note: "1.286 5G stations 'trong đó' only 1.214 BTS stations", check: n => n[1] <= n[0] },
  { f: F4, find: "(hạng 26)", replace: "(hạng 12)",
    window: "xếp thứ 17/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022 (hạng 26)", tags: ["direction"],
    note: "going from 12th to 17th is a fall of 5 places, not 'tăng 9 bậc'", check: n => n[4] - n[0] === n[2] },
  { f: F4, find: "còn ba chỉ tiêu khó đạt", replace: "còn bốn chỉ tiêu khó đạt",
    window: "Nghị quyết đề ra 27 chỉ tiêu đến năm 2025; đến nay có 18 chỉ tiêu đạt và vượt, 6 chỉ tiêu có khả năng đạt vào năm 2025, còn ba chỉ tiêu khó đạt",
    tags: ["sum", "words"], note: "18 + 6 + 4 ('bốn') = 28, not the 27 targets (and only three are then named)",
    check: (n, t) => n[2] + n[3] + w(t.match(/còn (\S+) chỉ tiêu/)[1]) === n[0] },

  // ---------- F5 English (md): county council Q2 finance and performance ----------
  { f: F5, find: "| 156.0 |", replace: "| 158.0 |",
    window: ["| Adult Social Care | 248.6", "| **Total** | **612.4** | **619.1** | **6.7** |"], tags: ["sum", "table"],
    note: "Children's Services forecast 158.0 - budget 151.2 = 6.8, not the 4.8 variance; forecasts sum to 621.1, not 619.1",
    check: t => { const rows = table(t, false); const body = rows.slice(0, -1), tot = rows.at(-1);
      return body.every(r => near(r.v[1] - r.v[0], r.v[2])) && [0, 1, 2].every(i => near(body.reduce((a, r) => a + r.v[i], 0), tot.v[i])); } },
  { f: F5, find: "or 1.1% of the net budget", replace: "or 1.7% of the net budget",
    window: "The Council's net revenue budget for 2024/25 is £612.4m. The forecast outturn is £619.1m, an overspend of £6.7m, or 1.1% of the net budget",
    tags: ["percent"], note: "6.7 / 612.4 = 1.1%, not 1.7%", check: n => near(n[3] - n[2], n[4]) && near(pct(n[4], n[2]), n[5]) },
  { f: F5, find: "an improvement of £2.6m", replace: "an improvement of £3.6m",
    window: "an overspend of £6.7m, or 1.1% of the net budget. This compares with a forecast overspend of £9.3m at Quarter 1, an improvement of £2.6m",
    tags: ["difference"], note: "9.3 - 6.7 = 2.6, not 3.6", check: n => near(n[2] - n[0], n[4]) },
  { f: F5, find: "accounts for 40.6% of the net budget", replace: "accounts for 46.0% of the net budget",
    window: ["| Adult Social Care | 248.6", "accounts for 40.6% of the net budget"], tags: ["percent"],
    note: "248.6 / 612.4 = 40.6%, not 46.0%", check: (n, t) => near(pct(n[0], +t.match(/\*\*Total\*\* \| \*\*([\d.]+)/)[1]), +t.match(/accounts for ([\d.]+)%/)[1]) },
  { f: F5, find: "a 7.8% rise", replace: "a 9.8% rise",
    window: "a 7.8% rise in the number of people receiving home care since April (from 2,214 to 2,387)", tags: ["change"],
    note: "2,387 / 2,214 - 1 = 7.8%, not 9.8%", check: n => near(chg(n[2], n[1]), n[0]) },
  { f: F5, find: "up from 694 at 31 March", replace: "up from 748 at 31 March",
    window: "The number of children in care stood at 728 at the end of September, up from 694 at 31 March, an increase of 4.9%", tags: ["direction"],
    note: "728 is 'up from' 748 / 'an increase': it is a fall", check: n => n[0] > n[1] && near(chg(n[0], n[1]), n[3]) },
  { f: F5, find: "£2.7m are at risk", replace: "£3.7m are at risk",
    window: "The 2024/25 budget includes savings of £18.4m. Of these, £13.9m (75.5%) are delivered or on track, £2.7m are at risk and £1.8m are now considered undeliverable",
    tags: ["sum"], note: "13.9 + 3.7 + 1.8 = 19.4, not the £18.4m of savings", check: n => near(n[3] + n[5] + n[6], n[2]) && near(pct(n[3], n[2]), n[4]) },
  { f: F5, find: "50% — missed, although", replace: "50% — met, although",
    window: "47.2% against a target of 50% — missed, although up from 45.9% last year", tags: ["status"],
    note: "47.2% against a 50% target is reported as 'met'", check: (n, t) => (n[0] >= n[1]) === / met/.test(t) },
  { f: F5, find: "18.6 days (target", replace: "21.6 days (target",
    window: "18.6 days (target: 20 days or fewer) — met", tags: ["status", "lower-better"],
    note: "21.6 days against a target of 20 days or fewer is reported as 'met'", check: (n, t) => (n[0] <= n[1]) === / met/.test(t) },
  { f: F5, find: "7 amber and 4 red", replace: "7 amber and 6 red",
    window: "Of the 32 Council Plan indicators reported this quarter, 21 are green (on or above target), 7 amber and 4 red", tags: ["sum"],
    note: "21 + 7 + 6 = 34 indicators, not 32", check: n => n[1] + n[2] + n[3] === n[0] },

  // ---------- F6 English: university student outcomes ----------
  { f: F6, find: "5,411 postgraduates", replace: "5,611 postgraduates",
    window: "enrolled 24,316 students, of which 18,905 were undergraduates and 5,411 postgraduates", tags: ["sum"],
    note: "18,905 + 5,611 = 24,516, not 24,316", check: n => n[1] + n[2] === n[0] },
  { f: F6, find: "or 25.3% of the total", replace: "or 28.3% of the total",
    window: "In 2023/24 Northbridge enrolled 24,316 students, of which 18,905 were undergraduates and 5,411 postgraduates (taught and research). International students numbered 6,142, or 25.3% of the total",
    tags: ["percent"], note: "6,142 / 24,316 = 25.3%, not 28.3%", check: n => near(pct(n[5], n[2]), n[6]) },
  { f: F6, find: "our benchmark of 90.1%", replace: "our benchmark of 92.1%",
    window: "rose from 90.4% to 91.8%, 1.7 percentage points above our benchmark of 90.1%", tags: ["comparison"],
    note: "91.8% is said to be 1.7 points 'above' a benchmark of 92.1%", check: n => n[1] > n[3] && near(n[1] - n[3], n[2]) },
  { f: F6, find: "12.6% fewer", replace: "14.6% fewer",
    window: "A total of 1,204 students withdrew during the year, down from 1,377 in 2022/23 - 12.6% fewer", tags: ["change"],
    note: "(1,377 - 1,204) / 1,377 = 12.6% fewer, not 14.6%", check: n => near(pct(n[1] - n[0], n[1]), n[4]) },
  { f: F6, find: "1,974 (44.7%)", replace: "1,974 (54.7%)",
    window: ["Of the 4,412 students awarded", "261 (5.9%) a third or pass"], tags: ["shares", "percent"],
    note: "classification shares 28.0 + 54.7 + 21.3 + 5.9 = 109.9%; 1,974/4,412 = 44.7%",
    check: n => { const parts = [[n[3], n[4]], [n[5], n[6]], [n[7], n[8]], [n[9], n[10]]];
      return parts.every(([c, p]) => near(pct(c, n[0]), p)) && Math.abs(parts.reduce((a, [, p]) => a + p, 0) - 100) <= 0.2 && parts.reduce((a, [c]) => a + c, 0) === n[0]; } },
  { f: F6, find: "a response rate of 77.4%", replace: "a response rate of 74.7%",
    window: "received 3,188 responses from the 4,120 graduates surveyed, a response rate of 77.4%", tags: ["percent"],
    note: "3,188 / 4,120 = 77.4%, not 74.7%", check: n => near(pct(n[0], n[1]), n[2]) },
  { f: F6, find: "ranked 14th of 22", replace: "ranked 24th of 22",
    window: "The University ranked 14th of 22 institutions", tags: ["rank"],
    note: "24th of 22 institutions", check: n => n[0] <= n[1] },
  { f: F6, find: "a reduction of 4.5 points", replace: "a reduction of 5.4 points",
    window: "narrowed from 17.4 to 12.9 percentage points, a reduction of 4.5 points", tags: ["difference"],
    note: "17.4 - 12.9 = 4.5 points, not 5.4", check: n => near(n[0] - n[1], n[2]) },
  { f: F6, find: "(target 30.0%) - met", replace: "(target 32.0%) - met",
    window: "1,862 of 6,035 UK entrants, or 30.9% (target 30.0%) - met", tags: ["status"],
    note: "30.9% against a 32.0% target is reported as met", check: (n, t) => near(pct(n[0], n[1]), n[2]) && (n[2] >= n[3]) === /- met/.test(t) },
  { f: F6, find: "Nine of the twelve were met", replace: "Ten of the twelve were met",
    window: "The Plan set 12 targets. Nine of the twelve were met, two were partially met and one", tags: ["sum", "words"],
    note: "ten + two + one = 13 targets, but the Plan set 12",
    check: (n, t) => { const m = t.match(/(\w+) of the twelve were met, (\w+) were partially met and (\w+)/); return w(m[1]) + w(m[2]) + w(m[3]) === n[0]; } },

  // ---------- F7 English: agriculture bulletin ----------
  { f: F7, find: "up 6.1% from 8.24 million tonnes", replace: "up 9.1% from 8.24 million tonnes",
    window: "Total cereal production reached 8.74 million tonnes, up 6.1% from 8.24 million tonnes in 2022", tags: ["change"],
    note: "8.74 / 8.24 - 1 = 6.1%, not 9.1%", check: n => near(chg(n[0], n[2]), n[1]) },
  { f: F7, find: "sorghum and millet 0.43 million tonnes", replace: "sorghum and millet 0.63 million tonnes",
    window: "Cereal production of 8.74 million tonnes comprised maize 4.92 million tonnes, wheat 2.31 million tonnes, rice 1.08 million tonnes, and sorghum and millet 0.43 million tonnes",
    tags: ["sum"], note: "4.92 + 2.31 + 1.08 + 0.63 = 8.94, not 8.74 million tonnes", check: n => near(n[1] + n[2] + n[3] + n[4], n[0], 2) },
  { f: F7, find: "average yield 3.02 tonnes per hectare", replace: "average yield 3.52 tonnes per hectare",
    window: ["comprised maize 4.92 million tonnes", "average yield 3.02 tonnes per hectare"], tags: ["average"],
    note: "4.92 Mt / 1.63 Mha = 3.02 t/ha, not 3.52", check: (n, t) => near(4.92 / +t.match(/harvested was ([\d.]+) million/)[1], +t.match(/average yield ([\d.]+)/)[1], 2) && /maize 4\.92/.test(t) },
  { f: F7, find: "of which coffee $1.45bn", replace: "of which coffee $5.45bn",
    window: "Agricultural exports earned $4.82bn, of which coffee $1.45bn", tags: ["part-whole"],
    note: "coffee $5.45bn 'of which' total exports of only $4.82bn", check: n => n[1] <= n[0] },
  { f: F7, find: "ranked eighth", replace: "ranked ninth",
    window: "ranked first of the eight provinces, Central second and Lakeshore third. Northern Province, ranked eighth", tags: ["rank", "words"],
    note: "ranked ninth of the eight provinces", check: t => ORD[t.match(/ranked (\w+)$/)[1]] <= w(t.match(/of the (\w+) provinces/)[1]) },
  { f: F7, find: "an average increase of 0.32 million tonnes a year", replace: "an average increase of 0.42 million tonnes a year",
    window: "Between 2019 and 2023 cereal output rose from 7.46 million tonnes to 8.74 million tonnes, an average increase of 0.32 million tonnes a year",
    tags: ["average"], note: "(8.74 - 7.46) / 4 years = 0.32 Mt a year, not 0.42", check: n => near((n[3] - n[2]) / (n[1] - n[0]), n[4], 2) },
  { f: F7, find: "(91.6%)", replace: "(96.1%)",
    window: "412,000 tonnes of fertiliser were distributed against a target of 450,000 tonnes (91.6%)", tags: ["percent"],
    note: "412,000 / 450,000 = 91.6%, not 96.1%", check: n => near(pct(n[0], n[1]), n[2]) },
  { f: F7, find: "Seven of the nine planned", replace: "Eleven of the nine planned",
    window: "Seven of the nine planned irrigation schemes were completed", tags: ["fraction", "words"],
    note: "eleven of the nine planned schemes completed", check: t => { const m = t.match(/(\w+) of the (\w+) planned/); return w(m[1]) <= w(m[2]); } },
  { f: F7, find: "fell from $312 to $268 per tonne", replace: "fell from $312 to $348 per tonne",
    window: "Wholesale maize prices fell from $312 to $268 per tonne between January and December, a drop of 14.1%", tags: ["direction"],
    note: "prices 'fell' from $312 to $348, which is a rise", check: n => n[1] < n[0] && near(pct(n[0] - n[1], n[0]), n[2]) },
  { f: F7, find: "short of the 85% target", replace: "short of the 75% target",
    window: "Some 11.2 million cattle were vaccinated against foot-and-mouth disease (FMD), 76.7% of the herd, short of the 85% target", tags: ["status", "comparison"],
    note: "76.7% coverage is said to be 'short of' a 75% target", check: n => n[1] < n[2] },

  // ---------- F8 English (md): transport authority annual report ----------
  { f: F8, find: "| +10.5% |", replace: "| +15.0% |",
    window: "| Light rail | 62.8 | 69.4 | +10.5% |", tags: ["change", "table"],
    note: "69.4 / 62.8 - 1 = 10.5%, not 15.0%", check: n => near(chg(n[1], n[0]), n[2]) },
  { f: F8, find: "| 228.9 |", replace: "| 238.9 |",
    window: ["| Bus | 214.3", "| **Total** | **380.6** | **412.6** | **+8.4%** |"], tags: ["sum", "table"],
    note: "2023/24 column 238.9 + 69.4 + 105.7 + 8.6 = 422.6, not the total 412.6 (and bus +6.8% no longer fits)",
    check: t => { const rows = table(t, false); const body = rows.slice(0, -1), tot = rows.at(-1);
      return body.every(r => near(chg(r.v[1], r.v[0]), r.v[2])) && [0, 1].every(i => near(body.reduce((a, r) => a + r.v[i], 0), tot.v[i])) && near(chg(tot.v[1], tot.v[0]), tot.v[2]); } },
  { f: F8, find: "carrying 55.5% of all boardings", replace: "carrying 65.5% of all boardings",
    window: ["| Bus | 214.3", "carrying 55.5% of all boardings"], tags: ["percent"],
    note: "228.9 / 412.6 = 55.5% of boardings, not 65.5%", check: (n, t) => near(pct(228.9, +t.match(/\*\*Total\*\* \| \*\*[\d.]+\*\* \| \*\*([\d.]+)/)[1]), +t.match(/carrying ([\d.]+)%/)[1]) && /\| Bus \| 214\.3 \| 228\.9 \|/.test(t) },
  { f: F8, find: "lifts were available 99.1% of the time", replace: "lifts were available 109.1% of the time",
    window: "lifts were available 99.1% of the time", tags: ["rate"],
    note: "lift availability of 109.1% of the time is impossible (over 100%)", check: n => n[0] <= 100 },
  { f: F8, find: "Three of our four modes", replace: "Two of our four modes",
    window: ["Three of our four modes met their punctuality targets:", "(target 93.5%) — missed."], tags: ["sum", "status", "words"],
    note: "the list shows bus, light rail and ferry met (three), not two",
    check: t => w(t.match(/^(\w+) of our/)[1]) === (t.match(/— met/g) || []).length },
  { f: F8, find: "a reduction of 19.0%", replace: "a reduction of 11.0%",
    window: "Serious injuries to customers fell from 58 to 47, a reduction of 19.0%", tags: ["change"],
    note: "(58 - 47) / 58 = 19.0%, not 11.0%", check: n => near(pct(n[0] - n[1], n[0]), n[2]) },
  { f: F8, find: "rose to 212 from 200", replace: "rose to 212 from 230",
    window: "Reported assaults on frontline staff rose to 212 from 200 (up 6.0%)", tags: ["direction"],
    note: "assaults 'rose to 212 from 230', which is a fall", check: n => n[0] > n[1] && near(chg(n[0], n[1]), n[2]) },
  { f: F8, find: "$735m on infrastructure renewals", replace: "$935m on infrastructure renewals",
    window: "Actual expenditure was $1.72bn, or 92.5% of budget, including $640m on fleet, $735m on infrastructure renewals and $290m on new lines",
    tags: ["part-whole", "sum"], note: "the parts listed after 'including' sum to 640 + 935 + 290 = $1,865m, more than the $1.72bn total",
    check: n => n[2] + n[3] + n[4] <= n[0] * 1000 },
  { f: F8, find: "141 of 168 stations", replace: "171 of 168 stations",
    window: "141 of 168 stations (83.9%)", tags: ["fraction"],
    note: "171 of 168 stations step-free (and 83.9% = 141/168)", check: n => n[0] <= n[1] && near(pct(n[0], n[1]), n[2]) },
  { f: F8, find: "2nd of 6 peer", replace: "7th of 6 peer",
    window: "ranking us 2nd of 6 peer authorities", tags: ["rank"],
    note: "ranked 7th of 6 peer authorities", check: n => n[0] <= n[1] },
];

// Clean claims (not mutated, or checked more fully): each must hold in the original text.
const C = [
  [F1, "ước đạt 8,15%, cao hơn cùng kỳ năm 2023 (7,42%) và cao hơn mức tăng chung của toàn tỉnh (6,88%)", n => n[0] > n[2] && n[0] > n[3]],
  [F1, "đạt 3.426 ha, đạt 101,2% kế hoạch (3.385 ha)", n => near(pct(n[0], n[2]), n[1])],
  [F1, "có 9/11 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn nông thôn mới nâng cao, 1 xã đạt chuẩn nông thôn mới kiểu mẫu; 2 xã còn lại", n => n[0] + n[4] === n[1] && n[2] <= n[0] && n[3] <= n[0]],
  [F1, "thu tiền sử dụng đất mới đạt 742,8 tỷ đồng, chỉ bằng 61,9% dự toán; thu từ khu vực ngoài quốc doanh 968,4 tỷ đồng", n => n[0] + n[2] <= 2613.2],
  [F1, "giao 1.126 tỷ đồng; đến ngày 20/9/2024 đã giải ngân 702,4 tỷ đồng, đạt 62,4% kế hoạch, cao hơn tỷ lệ bình quân của tỉnh (54,9%)", n => near(pct(n[4], n[0]), n[5]) && n[5] > n[6]],
  [F1, "286 doanh nghiệp thành lập mới, tăng 14,4% so với cùng kỳ (250 doanh nghiệp), tổng vốn đăng ký 1.947 tỷ đồng, bình quân 6,81 tỷ đồng/doanh nghiệp", n => near(chg(n[0], n[2]), n[1]) && near(n[3] / n[0], n[4], 2)],
  [F1, "giải quyết việc làm cho 3.870 lao động, đạt 86% kế hoạch năm (4.500 lao động), trong đó đưa 214 người", n => near(pct(n[0], n[2]), n[1], 0) && n[3] <= n[0]],
  [F1, "xếp thứ 3/9 đơn vị cấp huyện, tăng 2 bậc so với năm 2022 (xếp thứ 5)", n => n[4] - n[0] === n[2]],
  [F1, "xếp thứ 2/9 huyện", n => n[0] <= n[1]],
  [F1, "giảm 4 vụ (cùng kỳ 27 vụ)", (n, t) => 27 - 23 === n[0]],
  [F1, "Trong 21 chỉ tiêu chủ yếu của Nghị quyết HĐND thành phố năm 2024, ước cả năm có 17 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu đạt xấp xỉ và 1 chỉ tiêu chưa đạt", n => n[2] + n[3] + n[4] === n[0]],
  [F2, "| 180.000 | 186.420 | 103,6 |", n => near(pct(n[1], n[0]), n[2])],
  [F2, "| 93,5 | 94,2 | 100,7 |", n => near(pct(n[1], n[0]), n[2])],
  [F2, "| 9,0 | 8,6 | 95,6 |", n => near(pct(n[1], n[0]), n[2])],
  [F2, "| 90,0 | 92,7 | 103,0 |", n => near(pct(n[1], n[0]), n[2])],
  [F2, "| ≤ 112 | 113,6 | Chưa đạt |", n => n[1] > n[0]],
  [F2, "có 10 chỉ tiêu đạt và vượt kế hoạch, 2 chỉ tiêu chưa đạt", n => n[0] + n[1] === 12],
  [F2, "(bệnh viện hạng II, 210 giường kế hoạch)", n => n[0] === 210],
  [F2, "Số giường thực kê bình quân 246 giường, công suất sử dụng giường bệnh đạt 117,1% so với giường kế hoạch", n => near(pct(n[0], 210), n[1])],
  [F2, "số trẻ sinh ra 1.742 trẻ, tỷ suất sinh thô 13,56‰; số người chết 624 người, tỷ lệ tăng dân số tự nhiên 0,87%", n => near(1000 * n[0] / 128460, n[1], 2) && near(100 * (n[0] - n[2]) / 128460, n[3], 2)],
  [F2, "Số trẻ là con thứ 3 trở lên 214 trẻ, chiếm 12,3% tổng số trẻ sinh ra, giảm 1,6 điểm phần trăm so với năm 2023 (13,9%)", n => near(pct(n[1], 1742), n[2]) && near(n[5] - n[2], n[3])],
  [F2, "Tỷ số giới tính khi sinh 113,6 bé trai/100 bé gái (năm 2023 là 114,2), tuy có giảm", n => n[0] < n[3]],
  [F2, "tổng số tiền 86,5 triệu đồng", n => true],
  [F2, "Tổng số viên chức, người lao động là 312 người, trong đó có 64 bác sĩ và 118 điều dưỡng", n => n[1] + n[2] <= n[0] && n[1] <= 110],
  [F3, "a) Thu nội địa: 6.874,9 tỷ đồng, bằng 53,2% dự toán (12.923 tỷ đồng)", n => near(pct(n[0], n[2]), n[1])],
  [F3, "1.061,5 tỷ đồng, bằng 68,1% dự toán (1.559 tỷ đồng)", n => near(pct(n[0], n[2]), n[1]) && 12923 + n[2] === 14482 && near(6874.9 + n[0], 7936.4)],
  [F3, ["thu từ doanh nghiệp nhà nước trung ương 812,4", "thu nội địa đạt 5.562,8 tỷ đồng"], (n) => near(pct(1946.2, 6874.9), 28.3) && near(pct(1184.6, 3000), 39.5) && near(6874.9 - 1184.6 - 127.5, 5562.8) && 812.4 + 1946.2 + 1523.7 + 1184.6 + 127.5 <= 6874.9],
  [F3, "Ước đạt 6.521,8 tỷ đồng, bằng 55,6% dự toán (11.730 tỷ đồng)", n => near(pct(n[0], n[2]), n[1])],
  [F3, "Dự toán chi ngân sách địa phương năm 2024 là 14.070 tỷ đồng, gồm chi đầu tư phát triển 5.320 tỷ đồng, chi thường xuyên 8.620 tỷ đồng và dự phòng ngân sách 130 tỷ đồng. Tổng chi ngân sách địa phương 6 tháng ước thực hiện 6.148,3 tỷ đồng, bằng 43,7% dự toán", n => n[2] + n[3] + n[4] === n[1] && near(pct(n[6], n[1]), n[7])],
  [F3, "Chi đầu tư phát triển 1.872,5 tỷ đồng, bằng 35,2% dự toán", n => near(pct(n[0], 5320), n[1]) && near(n[0] + 4275.8, 6148.3)],
  [F3, "Chi thường xuyên 4.275,8 tỷ đồng, bằng 49,6% dự toán", n => near(pct(n[0], 8620), n[1])],
  [F3, "chi sự nghiệp y tế 398,6 tỷ đồng, chiếm 9,3%", n => near(pct(n[0], 4275.8), n[1])],
  [F3, "đã sử dụng 41,7 tỷ đồng, chiếm 32,1% dự phòng", n => near(pct(n[0], 130), n[1])],
  [F3, "cao hơn chi ngân sách địa phương 373,5 tỷ đồng", n => near(6521.8 - 6148.3, n[0])],
  [F3, "Tổng nợ thuế đến ngày 30/6/2024 là 412,7 tỷ đồng, giảm 8,3% so với thời điểm 31/12/2023 (450,1 tỷ đồng); trong đó nợ có khả năng thu 268,4 tỷ đồng", n => near(100 * (1 - n[3] / n[8]), n[4]) && n[9] <= n[3]],
  [F3, "tăng thêm 2.781 tỷ đồng", n => 14031 - 11250 === n[0]],
  [F3, "7/10 huyện, thị xã, thành phố có số thu đạt trên 50% dự toán; dẫn đầu là thị xã Phú An (71,3%), thấp nhất là huyện Sơn Lâm (32,8%)", n => n[0] <= n[1] && n[3] > 50 && n[4] < 50],
  [F4, "có 1.628 thủ tục được cung cấp dưới dạng dịch vụ công trực tuyến (chiếm 83,8%)", n => near(pct(n[0], 1942), n[1])],
  [F4, "Đến 30/6/2024, đã kích hoạt 812.436 tài khoản định danh điện tử VNeID mức 2, đạt 84,6% số công dân đủ điều kiện (960.320 người)", n => near(pct(n[3], n[6]), n[5])],
  [F4, "có 214 doanh nghiệp công nghệ số, tăng 38 doanh nghiệp so với năm 2021 (176 doanh nghiệp)", n => n[0] - n[3] === n[1]],
  [F4, "xếp thứ 17/63 tỉnh", n => n[0] <= n[1]],
  [F4, "Tổng kinh phí thực hiện giai đoạn 2021-2023 là 1.286,4 tỷ đồng, gồm ngân sách Trung ương 412,0 tỷ đồng, ngân sách tỉnh 653,8 tỷ đồng (chiếm 50,8%) và nguồn xã hội hóa 220,6 tỷ đồng", n => near(n[3] + n[4] + n[6], n[2]) && near(pct(n[4], n[2]), n[5])],
  [F4, "Nghị quyết đề ra 27 chỉ tiêu đến năm 2025; đến nay có 18 chỉ tiêu đạt và vượt, 6 chỉ tiêu có khả năng đạt vào năm 2025, còn ba chỉ tiêu khó đạt là tỷ trọng kinh tế số trong GRDP, tỷ lệ dân số trưởng thành có chữ ký số cá nhân và tỷ lệ hộ gia đình có cáp quang", (n, t) => n[2] + n[3] + 3 === n[0]],
  [F5, "4.1 The General Fund balance is £38.0m, equal to 6.2% of the net budget and within the 5–8% range", n => near(pct(n[1], 612.4), n[2]) && n[2] >= n[3] && n[2] <= n[4]],
  [F5, "fall from £121.5m to £104.9m by 31 March 2025, a planned drawdown of £16.6m", n => near(n[0] - n[1], n[4])],
  [F5, "The approved capital programme for 2024/25 is £184.5m. Spend to 30 September was £52.3m (28.3%). Forecast slippage into 2025/26 is £21.8m, giving a forecast outturn of £162.7m", n => near(pct(n[4], n[2]), n[5]) && near(n[2] - n[8], n[9])],
  [F5, "Sundry debt over 90 days: £7.9m, down from £9.6m at 31 March, a reduction of 17.7%", n => near(pct(n[2] - n[1], n[2]), n[4])],
  [F5, "21 are green (on or above target), 7 amber and 4 red — nearly two-thirds green", n => pct(n[0], 32) < 66.7 && pct(n[0], 32) > 62],
  [F5, "61.4% against a target of 60% — met", n => n[0] >= n[1]],
  [F5, "91.7% (target 95%) — missed", n => n[0] < n[1]],
  [F5, "9.4 days per full-time equivalent (rolling 12 months), up from 8.7 days; target 8.5 days — missed", n => n[0] > n[2] && n[0] > n[3]],
  [F5, "Agency staff: 286 of a total headcount of 4,812 (5.9%)", n => near(pct(n[0], n[1]), n[2])],
  [F5, "children in care stood at 728 at the end of September, up from 694 at 31 March, an increase of 4.9%. Of the 728, 86", n => n[5] <= n[0]],
  [F6, "The proportion of \"good honours\" (a first or upper second) was therefore 72.8%", n => near(pct(1236 + 1974, 4412), n[0])],
  [F6, "Of respondents, 2,749 (86.2%) were in highly skilled employment or further study, 3.7 points above the sector average of 82.5%", n => near(pct(n[0], 3188), n[1]) && near(n[1] - n[3], n[2])],
  [F6, "The University ranked 14th of 22 institutions in its regional comparator group, up from 19th in 2023 - five places higher", n => n[2] - n[0] === 5],
  [F6, "Entrants declaring a disability: 17.6% (target 16.0%) - met", n => n[0] >= n[1]],
  [F6, "4.8 points (target: no more than 5.0 points) - met", n => n[0] <= n[1]],
  [F6, "63.2% (target 70.0%) - missed", n => n[0] < n[1]],
  [F6, "The Wellbeing Service saw 3,905 students, 2.5 times the 1,562 seen in 2018/19", n => near(n[0] / n[2], n[1])],
  [F6, "The University received 184 formal complaints, of which 41 (22.3%) were upheld", n => near(pct(n[1], n[0]), n[2])],
  [F6, "The Hardship Fund paid GBP 1.42m to 2,015 students, an average of about GBP 705 per award", n => near(1.42e6 / n[1], n[2], -1)],
  [F6, "Eight of the nine faculties", n => true],
  [F7, "Eastern Province was again the largest producer with 1.37 million tonnes (27.8% of national output), followed by Central Province with 1.12 million tonnes", n => near(pct(n[0], 4.92), n[1]) && n[2] < n[0]],
  [F7, "Yields fell from 2.87 to 2.64 tonnes per hectare, a decline of 8.0%, because of rust outbreaks in the highlands; harvested area was almost unchanged at 875,000 ha", n => near(pct(n[0] - n[1], n[0]), n[2]) && near(n[1] * n[3] / 1e6, 2.31, 2)],
  [F7, "Output of 1.08 million tonnes came from 214,000 ha of paddy, of which 131,000 ha were irrigated", n => n[2] <= n[1]],
  [F7, "the cereal self-sufficiency ratio improved from 86.2% to 93.4%", n => n[1] > n[0]],
  [F7, "Seven of the nine planned irrigation schemes were completed during the year, adding 18,650 ha and bringing the national irrigated area to 186,500 ha. The two outstanding", n => 9 - 7 === 2],
  [F7, "Some 11.2 million cattle were vaccinated against foot-and-mouth disease (FMD), 76.7% of the herd", n => near(pct(n[0], 14.6), n[1])],
  [F7, "A total of 38 FMD outbreaks were reported, down from 52 in 2022, a fall of 26.9%", n => near(pct(n[1] - n[0], n[1]), n[3])],
  [F7, "Milk production reached 3,412 million litres, up 6.7% from 3,198 million litres", n => near(chg(n[0], n[2]), n[1])],
  [F7, "Coffee was the leading export at $1.45bn (30.1% of the total) from 212,400 tonnes shipped, an average unit value of about $6,827 per tonne; tea earned $0.63bn and horticulture $1.12bn. The agricultural food import bill was $1.21bn, leaving a trade surplus of $3.61bn", n => near(pct(n[0], 4.82), n[1]) && Math.abs(n[0] * 1e9 / n[2] - n[3]) < 1 && n[0] + n[4] + n[5] <= 4.82 && near(4.82 - n[6], n[7], 2)],
  [F7, "Fisheries. The total catch was 94,300 tonnes, of which 61,800 tonnes", n => n[1] <= n[0]],
  [F7, "fell from 1.26 million to about 0.87 million", n => n[1] < n[0]],
  [F7, "short rains were above average in 5 of the 8 provinces", n => n[0] <= n[1]],
  [F8, "412.6 million passenger boardings, up 8.4% on 2022/23 and now 96.3% of the pre-pandemic (2018/19) level of 428.5 million", n => near(chg(n[0], 380.6), n[1]) && near(pct(n[0], n[7]), n[4])],
  [F8, ["| Bus | 214.3", "| **Total** | **380.6** | **412.6** | **+8.4%** |"], t => { const rows = table(t, false); const body = rows.slice(0, -1), tot = rows.at(-1);
      return body.every(r => near(chg(r.v[1], r.v[0]), r.v[2])) && [0, 1].every(i => near(body.reduce((a, r) => a + r.v[i], 0), tot.v[i])) && near(chg(tot.v[1], tot.v[0]), tot.v[2]); }],
  [F8, "**Bus:** 88.1% of services on time (target 87.0%) — met.", n => n[0] >= n[1]],
  [F8, "**Light rail:** 96.4% (target 95.0%) — met.", n => n[0] >= n[1]],
  [F8, "**Ferry:** 98.2% (target 97.0%) — met.", n => n[0] >= n[1]],
  [F8, "**Suburban rail:** 92.3% (target 93.5%) — missed.", n => n[0] < n[1]],
  [F1, "Tỷ lệ hộ nghèo giảm từ 1,84% đầu năm xuống còn 1,27% (giảm 0,57 điểm phần trăm)", n => near(n[0] - n[1], n[2], 2)],
  [F1, "Một số chỉ tiêu đã đạt và vượt kế hoạch ngay trong 9 tháng: tỷ lệ trường đạt chuẩn quốc gia 84,4% (kế hoạch 82%); tỷ lệ dân số tham gia BHYT 94,6% (kế hoạch 94,5%); tỷ lệ hộ nghèo còn 1,27% (kế hoạch dưới 1,5%)", n => n[1] >= n[2] && n[3] >= n[4] && n[5] < n[6]],
  [F8, "Rail cancellations fell from 2.6% to 1.8%", n => n[1] < n[0]],
  [F8, "There were 3 fatalities on the network, down from 5", n => n[0] < n[1]],
  [F8, "The capital programme budget for 2023/24 was $1.86bn. Actual expenditure was $1.72bn, or 92.5% of budget, including $640m on fleet, $735m on infrastructure renewals and $290m on new lines. Of 17 major projects, 14 were on schedule at year end and 3 were delayed", n => near(pct(n[3], n[2]), n[4]) && n[5] + n[6] + n[7] <= 1720 && n[9] + n[10] === n[8]],
  [F8, "Fare revenue was $742.3m against operating costs of $1,923.1m, a farebox recovery ratio of 38.6% (2022/23: 36.9%). Average fare revenue per boarding was about $1.80. Government operating grants of $1,126.4m covered most of the balance", n => near(pct(n[0], n[1]), n[2]) && near(n[0] / 412.6, n[6], 2) && n[7] > (n[1] - n[0]) / 2 && n[7] <= n[1] - n[0]],
  [F8, "The bus fleet numbers 1,284 vehicles, of which 312 are zero-emission (24.3%), up from 198", n => near(pct(n[1], n[0]), n[2]) && n[1] > n[3]],
  [F8, "Customer satisfaction reached 78% (2022/23: 75%), ranking us 2nd of 6", n => n[0] > n[3] && n[4] <= n[5]],
  [F8, "Headcount at 30 June 2024 was 9,412, of which 6,930 were operational staff (73.6%). Women made up 27.4% of the workforce, up from 25.9%, and the lost-time injury frequency rate fell from 7.4 to 6.1", n => near(pct(n[3], n[2]), n[4]) && n[5] > n[6] && n[8] < n[7]],
  [F8, "Scope 1 and 2 emissions were 386,200 tonnes CO2-e, down 5.8% from 410,000 tonnes", n => near(pct(n[5] - n[2], n[5]), n[4])],
  [F8, "Patronage is forecast at about 431 million boardings, which would for the first time exceed the 2018/19 level", n => n[0] > 428.5],
  [F5, "1.2 The Council's net revenue budget", n => true],
];

const problems = [];
const out = [];
const seen = new Set();
M.forEach((m, i) => {
  const id = "z" + String(i + 1).padStart(2, "0");
  const src = doc(m.f);
  const vi = isVi(m.f);
  const win = resolveWindow(m.f, m.window);
  const at = src.indexOf(m.find);
  if (at < 0 || src.indexOf(m.find, at + 1) >= 0) problems.push(`${id}: find not exactly once`);
  if (!src.includes(win)) problems.push(`${id}: window not in doc`);
  if (!win.includes(m.find)) problems.push(`${id}: find not in window`);
  const mwin = win.split(m.find).join(m.replace);
  const mdoc = src.slice(0, at) + m.replace + src.slice(at + m.find.length);
  if (!mdoc.includes(mwin)) problems.push(`${id}: mutated window not in mutated doc`);
  const run = t => m.check.length === 1 && /^t\b|^\(?t\)?\s*=>/.test(m.check.toString()) ? m.check(t) : m.check(nums(t, vi), t);
  let okO, okM;
  try { okO = run(win); okM = run(mwin); } catch (e) { problems.push(`${id}: check threw ${e.message}`); }
  if (okO !== true) problems.push(`${id}: ORIGINAL claim not consistent by check`);
  if (okM !== false) problems.push(`${id}: MUTATED claim not inconsistent by check`);
  if (dump) console.log(id, JSON.stringify(nums(win, vi)), okO, okM);
  if (seen.has(m.f + m.find)) problems.push(`${id}: duplicate find`);
  seen.add(m.f + m.find);
  out.push({ id, file: m.f, find: m.find, replace: m.replace, window: win, note: m.note, tags: m.tags });
});
C.forEach(([f, window, check], i) => {
  let win; try { win = resolveWindow(f, window); } catch (e) { problems.push(`clean ${i}: ${e.message}`); return; }
  if (!doc(f).includes(win)) { problems.push(`clean ${i}: window not in ${f}: ${win.slice(0, 60)}`); return; }
  const vi = isVi(f);
  const r = /^t\b|^\(?t\)?\s*=>/.test(check.toString()) ? check(win) : check(nums(win, vi), win);
  if (dump) console.log("clean", i, JSON.stringify(nums(win, vi)), r);
  if (r !== true) problems.push(`clean ${i}: claim fails in ${f}: ${win.slice(0, 80)}`);
});
writeFileSync(join(SET, "mutations.json"), "[\n" + out.map(o => "  " + JSON.stringify(o)).join(",\n") + "\n]\n");
writeFileSync(join(SET, "known.json"), "[]\n");
const byTag = {}; const byLang = {};
for (const o of out) { const l = /\/vi_/.test(o.file) ? "vi" : "en"; for (const t of o.tags) { byTag[t] ??= { vi: 0, en: 0 }; byTag[t][l]++; } byLang[l] = (byLang[l] || 0) + 1; }
console.log(JSON.stringify({ mutations: out.length, byLang, byTag }));
console.log(problems.length ? problems.join("\n") : "zero problems");

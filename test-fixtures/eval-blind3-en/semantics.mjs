// Semantic checks for validate.mjs.
// checks[id](windowText, numbersInWindow) -> true when the claim in the window is arithmetically consistent.
// validate.mjs requires true on the original window and false on the mutated one.
// cleanClaims: [file, quote, fn] extra claims of the clean docs (not mutated) that must hold; the quote
// must occur in the doc, so the constants used in fn are bound to the text.
const near = (x, y, tol) => Math.abs(x - y) <= tol + 1e-9;
const pct = (a, b, stated, d = 1) => near(100 * a / b, stated, 0.5 * 10 ** -d);
const sum = a => a.reduce((s, x) => s + x, 0);
const eqSum = (parts, total, tol = 1e-6) => near(sum(parts), total, tol);
const WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const dates = w => [...w.matchAll(/(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})/g)]
  .map(m => Number(m[3]) * 12 + MONTHS.indexOf(m[2].toLowerCase()));
const mdRows = w => [...w.matchAll(/^\|([^\n]*)\|$/gm)].map(m => m[1].split("|").map(c => c.replace(/\*/g, "").trim()));
const mins = s => { const [a, b] = s.split(":").map(Number); return a * 60 + b; };

export const checks = {
  // 01 Hollinbrook council
  e01: (w, n) => n[0] + n[2] + n[4] === n[1],
  e02: (w, n) => near(n[3] - n[0], n[4], 0.05),
  e03: (w, n) => n[3] > n[5],
  e04: (w, n) => n[0] <= n[1],
  e05: (w, n) => n[0] < n[2] && n[2] <= n[1],
  e06: (w, n) => n[1] < n[0] && n[1] < n[2],
  e07: (w, n) => pct(n[0], n[1], n[2]),
  e08: (w, n) => n[3] + n[4] === n[0],
  e09: (w) => {
    const rows = mdRows(w).map(r => r.slice(1).map(Number));
    const body = rows.slice(0, -1), total = rows.at(-1);
    return body.every(([b, o, v]) => near(o - b, v, 0.001)) && near(total[1] - total[0], total[2], 0.001)
      && [0, 1, 2].every(k => near(sum(body.map(r => r[k])), total[k], 0.001));
  },
  e10: (w, n) => w.includes("Green (met)") === (n[2] >= n[0]),
  e11: (w, n) => near(n[2] - n[3], n[4], 0.001),
  e12: (w, n) => eqSum([n[2], n[4], n[7]], n[0], 0.001) && pct(n[2], n[0], n[3]),
  e13: (w, n) => pct(n[7], n[0], n[8]) && pct(n[4] - n[0], n[4], n[3]),
  e14: (w, n) => pct(n[1] - n[0], n[0], n[2]),
  e15: (w, n) => n[0] > n[1] && pct(n[0] - n[1], n[1], n[2]),
  e16: (w, n) => n[1] < n[0] && n[1] < n[2],
  // 02 Mavandia ICR
  e17: (w, n) => n[1] + n[2] + n[3] === n[0],
  e18: (w, n) => eqSum([n[2], n[4], n[6], n[8]], n[0], 0.001),
  e19: (w, n) => pct(n[1], n[0], n[2]),
  e20: (w, n) => pct(n[2], n[0], n[3]),
  e21: (w, n) => n[1] > n[0] && pct(n[1] - n[0], n[0], n[4]) && pct(n[1], n[2], n[3]),
  e22: (w, n) => n[1] + n[2] + n[3] === n[0],
  e23: (w, n) => n[1] + n[2] + n[3] === n[0],
  e24: (w, n) => near((n[2] - n[0]) / (n[3] - n[1]), n[4], 0.5),
  e25: (w, n) => n[0] > n[2],
  e26: (w, n) => near(n[1] * 1e6 / n[2], n[3], 0.05) && n[3] < n[4],
  e27: (w, n) => { const d = dates(w); return d.at(-1) - d[0] === n.at(-1); },
  e28: (w, n) => near(n[0] + n[3], n[1], 0.001) && pct(n[0], n[1], n[2]),
  e29: (w) => {
    const rows = w.split("\n").map(l => l.match(/([\d.]+)\s+([\d.]+)\s+([\d.]+)%$/)).filter(Boolean).map(m => m.slice(1).map(Number));
    const body = rows.slice(0, -1), total = rows.at(-1);
    return rows.every(([a, b, p]) => pct(b, a, p)) && [0, 1].every(k => near(sum(body.map(r => r[k])), total[k], 0.001));
  },
  e30: (w, n) => pct(n[0], n[1], n[2]),
  e31: (w, n) => near(n[0] / n[1], n[2], 0.05),
  e32: (w, n) => WORDS[w.split(" ")[0].toLowerCase()] <= n[0],
  // 03 Severnvale Water
  e33: (w, n) => n[1] + n[2] + n[3] === n[0],
  e34: (w, n) => n[0] < n[1],
  e35: (w, n) => near((n[2] - n[0]) / 3, n[5], 0.05) && n[0] < n[1],
  e36: (w, n) => n[1] <= n[0] && pct(n[1], n[0], n[2], 2),
  e37: (w, n) => pct(n[2] - n[0], n[2], n[6]),
  e38: (w, n) => n[0] <= n[1],
  e39: (w, n) => w.includes("On track") === (n[1] >= n[0]),
  e40: (w, n) => n[0] > n[2] && pct(n[0] - n[2], n[2], n[1]),
  e41: (w, n) => n[0] > n[3],
  e42: (w, n) => pct(n[1], n[0], n[2]),
  e43: (w, n) => n[7] + n[8] + n[9] <= n[0] && pct(n[1], n[0], n[2]),
  e44: (w, n) => near(n[4] + n[6] + n[1], n[2], 0.001),
  e45: (w, n) => n[0] < n[2] && pct(n[2] - n[0], n[2], n[1]),
  e46: (w, n) => n[1] > n[0],
  e47: (w, n) => n[1] + n[3] === n[0] && pct(n[1], n[0], n[2]),
  e80: (w, n) => n[0] >= n[2] && pct(n[0], n[2], n[1]),
  // 04 Eastmoor University
  e48: (w, n) => n[1] + n[2] + n[3] === n[0],
  e49: (w, n) => n[7] + n[8] + n[9] === n[0] && pct(n[0] - n[4], n[4], n[3]),
  e50: (w, n) => pct(n[10], n[0], n[11]),
  e51: (w, n) => n[0] > n[3] && pct(n[0] - n[3], n[3], n[2]),
  e52: (w, n) => n[1] <= n[0],
  e53: (w, n) => near(100 * (n[1] - n[0]) / n[0], n[2], 0.5),
  e54: (w, n) => near((n[0] - n[1]) / 3, n[4], 0.05),
  e55: (w, n) => pct(n[0], n[1], n[2]),
  e56: (w, n) => { const c = [n[3], n[7], n[11], n[13]], p = [n[4], n[8], n[12], n[14]]; return sum(c) === n[0] && c.every((x, i) => pct(x, n[0], p[i])); },
  e57: (w, n) => n[3] + n[7] === n[15] && pct(n[15], n[0], n[16]),
  e58: (w, n) => n[1] > n[2] && n[1] > n[3],
  e59: (w, n) => n[0] < n[2] && n[0] <= n[1],
  e60: (w, n) => { const parts = [n[3], n[5], n[7], n[9]], sh = [n[4], n[6], n[8], n[10]]; return near(sum(sh), 100, 0.2) && parts.every((x, i) => pct(x, n[2], sh[i])); },
  e61: (w, n) => { const parts = [n[3], n[5], n[7], n[9]], sh = [n[4], n[6], n[8], n[10]]; return near(sum(parts), n[2], 0.001) && parts.every((x, i) => pct(x, n[2], sh[i])); },
  e62: (w, n) => n[1] <= n[0] && pct(n[1], n[0], n[2]),
  e79: (w, n) => n[0] > n[2],
  // 05 Caldoria GDP
  e63: (w, n) => w.includes("up from") ? n[0] > n[3] : n[0] < n[3],
  e64: (w, n) => n[1] > n[0],
  e65: (w, n) => n[0] < n[2],
  e66: (w, n) => near(sum(n), 100, 0.15),
  e67: (w, n) => n[3] <= n[0],
  e68: (w, n) => n[0] >= n[1],
  e69: (w, n) => near(n[0] + n[1] + n[2] + n[3] - n[4], 100, 0.15),
  e70: (w, n) => near(n[0] / n[2], n[1], 0.05),
  e71: (w, n) => n[1] + n[2] + n[3] === n[0],
  e72: (w, n) => [n[0], n[1]].filter(x => x > n[4]).length === 2 && n[0] > n[1],
  e73: (w, n) => pct(n[2] - n[0], n[0], n[4]),
  e74: (w, n) => near(n[7] - n[2], n[8], 0.001) && pct(n[7] - n[6], n[6], n[5]) && pct(n[2] - n[0], n[0], n[4]) && n[5] < n[4],
  e75: (w, n) => n[0] < n[2],
  e76: (w, n) => near((n[3] - n[0]) / (n[2] - n[5]), n[6], 0.005),
  e77: (w, n) => pct(n[0], n[2], n[1]),
  e78: (w, n) => pct(n[1], n[0], n[2]),
};

const D1 = "docs/01_hollinbrook_council_performance_2023-24.md";
const D2 = "docs/02_mavandia_rural_water_icr.txt";
const D3 = "docs/03_severnvale_water_q3_2024-25.md";
const D4 = "docs/04_eastmoor_university_annual_report_2023-24.txt";
const D5 = "docs/05_caldoria_gdp_trade_q2_2025.txt";
const T = () => true;
export const cleanClaims = [
  // 01
  [D1, "This means three quarters of our indicators, 75.0%, are now green, compared with 16 KPIs (66.7%) a year ago", () => pct(18, 24, 75.0) && pct(16, 24, 66.7)],
  [D1, "Twenty-two of them have a comparable figure for 2022/23, and 15 of those 22 improved", () => 15 <= 22 && 22 <= 24],
  [D1, "council tax collection was the closest to target, at 99.4% of the 97.0% goal", () => pct(96.4, 97.0, 99.4) && [77 / 80, 87.5 / 90, 1.02 / 1.05].every(r => r < 96.4 / 97 && r >= 0.95 && r < 1)],
  [D1, "| Household waste sent for reuse, recycling or composting | 48.0% | 45.6% | 48.9% | Green (met) |", () => 48.9 >= 48.0],
  [D1, "| Missed bin collections per 100,000 | 60 or fewer | 71 | 52 | Green (met) |", () => 52 <= 60],
  [D1, "| Council tax collected in year | 97.0% | 96.9% | 96.4% | Amber |", () => 96.4 < 97 && 96.4 >= 0.95 * 97],
  [D1, "| Major planning applications decided in time | 85% | 88% | 91% | Green (met) |", () => 91 >= 85],
  [D1, "| Affordable homes delivered | 320 | 296 | 284 | Red (missed) |", () => 284 < 0.95 * 320],
  [D1, "| Households in temporary accommodation | 450 or fewer | 463 | 512 | Red (missed) |", () => 512 > 450 * 1.05],
  [D1, "| New Housing Benefit claims, average days to process | 20.0 | 21.3 | 17.4 | Green (met) |", () => 17.4 <= 20],
  [D1, "Households in temporary accommodation reached 512 at 31 March 2024, well above the ceiling of 450", () => 512 > 450],
  [D1, "Council tax collection fell slightly, from 96.9% to 96.4%, against a target of 97.0% (amber)", () => 96.4 < 96.9 && 96.4 < 97],
  [D1, "1,352 of them (63.0%) said they were satisfied with the way the Council runs things. This is higher than the Local Government Association's national benchmark of 61% and above our own target of 62%", () => pct(1352, 2146, 63.0) && 63 > 61 && 63 > 62],
  [D1, "1,093 (85.1%) received a full response within 10 working days, against a target of 85%; the KPI is therefore green", () => 85.1 >= 85],
  [D1, "11 cases were determined by the Local Government and Social Care Ombudsman, of which 4 were upheld", () => 4 <= 11],
  [D1, "an underspend of £2.8m, or 1.5% of the budget", () => pct(2.8, 182.4, 1.5)],
  [D1, "Adult Social Care overspent by £1.9m (2.8% of its budget)", () => pct(1.9, 68.2, 2.8) && near(70.1 - 68.2, 1.9, 1e-6)],
  [D1, "Housing overspent by £0.8m", () => near(13.4 - 12.6, 0.8, 1e-6)],
  [D1, "General Fund reserves stood at £21.7m on 31 March 2024, equivalent to 11.9% of the net revenue budget, within the range of 10% to 15%", () => pct(21.7, 182.4, 11.9) && 11.9 >= 10 && 11.9 <= 15],
  [D1, "The approved capital programme for 2023/24 was £64.3m, of which £41.8m (65.0%) was spent. £12.1m has been re-profiled into 2024/25 and the remaining £10.4m", () => pct(41.8, 64.3, 65.0) && near(41.8 + 12.1 + 10.4, 64.3, 1e-6)],
  [D1, "resurfacing of 38.4 km of carriageway, against a target of 35 km, exceeding the target by 9.7%", () => pct(38.4 - 35, 35, 9.7)],
  [D1, "Agency spend was £6.2m, down from £7.9m in 2022/23, a reduction of 21.5%", () => pct(7.9 - 6.2, 7.9, 21.5)],
  [D1, "The average wait fell from 4 minutes 50 seconds to 3 minutes 35 seconds", () => 3 * 60 + 35 < 4 * 60 + 50],
  [D1, "approve re-profiling of £12.1m of capital budget into 2024/25", T],
  [D1, "note the revenue underspend of £2.8m", T],
  // 02
  [D2, "Total financing: US$100.0 million, comprising an IDA credit of US$85.0 million and an IDA grant of US$15.0 million", () => near(85 + 15, 100, 1e-9)],
  [D2, "Actual closing date: 30 June 2024 (two extensions, 18 months in total)", () => (2024 * 12 + 5) - (2022 * 12 + 11) === 18],
  [D2, "Three of the four PDO indicators met or exceeded their end targets; the fourth, on sanitation access, was partly achieved", () => 487300 >= 450000 && 93.5 >= 90 && 214 >= 200 && 276000 < 300000],
  [D2, "251,100 were women (51.5%), above the 50% sub-target", () => 51.5 > 50],
  [D2, "Target 300,000; achieved 276,000, or 92.0% of the target", () => pct(276000, 300000, 92.0)],
  [D2, "Target 90%; achieved 93.5% (187 of the 200 schemes handed over by June 2023)", () => pct(187, 200, 93.5) && 93.5 >= 90],
  [D2, "214 of the 260 villages targeted by the sanitation campaign (82.3%)", () => pct(214, 260, 82.3)],
  [D2, "1,640 members, of whom 738 were women (45.0%), exceeding the 40% target", () => pct(738, 1640, 45.0) && 45 > 40],
  [D2, "36,800 household latrines built with programme subsidies, against a target of 40,000 (not achieved; 92.0% of target)", () => pct(36800, 40000, 92.0) && 36800 < 40000],
  [D2, "US$96.4 million of the US$100.0 million total financing had been disbursed (96.4%)", () => near(60.8 + 20.4 + 10.1 + 5.1, 96.4, 1e-6)],
  [D2, "The Government provided US$6.8 million of its committed counterpart contribution (85.0%)", () => pct(6.8, 8.0, 85.0)],
  [D2, "64 contracts were awarded, including 38 works contracts, 17 goods contracts and 9 consultancy contracts", () => 38 + 17 + 9 === 64],
  [D2, "Tariffs now cover operation and maintenance costs in 171 of the 200 schemes (85.5%)", () => pct(171, 200, 85.5) && 171 <= 200],
  [D2, "Seven of the 14 district water offices still have fewer than half", T],
  [D2, "Borehole schemes cost more than twice as much per person served as gravity-fed schemes: US$212 against US$96", () => 212 / 96 > 2],
  [D2, "9 of the 14 districts began ODF campaigns only in the third year", () => 9 <= 14],
  [D2, "The programme covered 14 districts in three provinces", () => 5 + 6 + 3 === 14],
  // 03
  [D3, "| Leakage (3-year average) | Ml/d | 142.0 | 138.6 | On track |", () => 138.6 <= 142],
  [D3, "| Per capita consumption | litres/person/day | 139.5 | 141.2 | At risk |", () => 141.2 > 139.5],
  [D3, "| Supply interruptions | minutes per property | 5:00 | 6:12 | Behind target |", () => mins("6:12") > mins("5:00")],
  [D3, "| Mains repairs | per 1,000 km | 132.0 | 121.4 | On track |", () => 121.4 <= 132],
  [D3, "| Internal sewer flooding | per 10,000 connections | 1.60 | 1.94 | Behind target |", () => 1.94 > 1.60],
  [D3, "| Mains renewed in quarter | km | 60.0 | 63.5 | On track |", () => 63.5 >= 60],
  [D3, "The two commitments behind target are supply interruptions and internal sewer flooding", T],
  [D3, "customers lost an average of 6 minutes 12 seconds of supply per property, against a year-to-date allowance of 5 minutes; this commitment is behind target", () => 6 * 60 + 12 > 5 * 60],
  [D3, "Per capita consumption was 141.2 litres per person per day, slightly higher than the target of 139.5 litres", () => 141.2 > 139.5],
  [D3, "Groundwater levels at 12 of our 15 index boreholes were normal or above normal; the remaining 3 were below normal", () => 12 + 3 === 15],
  [D3, "The average household bill for 2024/25 is £452, up 8.4% from £417 in 2023/24", () => pct(452 - 417, 417, 8.4)],
  [D3, "More than 96,000 customers, around 5% of households", () => near(96000 / 1.94e6 * 100, 5, 0.5)],
  [D3, "bringing the cumulative total to 312,700, or 60.1% of the programme target of 520,000 meters", () => pct(312700, 520000, 60.1)],
  [D3, "This is 71.4% of the full-year capital plan of £838.0 million", () => pct(598.2, 838.0, 71.4)],
  [D3, "Energy costs were £31.7 million, down from £44.9 million a year earlier, a reduction of 29.4%", () => pct(44.9 - 31.7, 44.9, 29.4)],
  [D3, "Gearing (net debt to regulatory capital value) was 61.8% at 31 December 2024, below the 65% threshold", () => 61.8 < 65],
  [D3, "Of the 412 works, 398 (96.6%) complied", () => pct(398, 412, 96.6)],
  [D3, "We operate 1,036 storm overflows, of which 1,021 (98.6%)", () => pct(1021, 1036, 98.6)],
  [D3, "The average number of spills per overflow was 24.3 in calendar year 2024, down from 31.9 in 2023, although still above our target for 2025 of 20 spills", () => 24.3 < 31.9 && 24.3 > 20],
  [D3, "Internal sewer flooding rose from 1.71 to 1.94 incidents per 10,000 connections compared with Q2 and remains above the target of 1.60, so this commitment is behind target", () => 1.94 > 1.71 && 1.94 > 1.60],
  [D3, "The overall picture is better than in Q2, when only 7 commitments were on track", () => 9 > 7],
  // 04
  [D4, "The two behind target are the student-staff ratio and the proportion of income from research", () => 15.4 > 14.5 && 11.8 < 14],
  [D4, "and made 29,134 offers, an offer rate of 70.0%", () => pct(29134, 41620, 70.0)],
  [D4, "an increase of 50%, or 1.5 times the previous year's figure. We now offer 14 apprenticeship standards, compared with 9 in 2021/22", () => near(465 / 310, 1.5, 0.05)],
  [D4, "The largest, the Business School, taught 3,960 students, followed by Health Sciences with 2,874 and Computing with 2,311", () => 3960 > 2874 && 2874 > 2311],
  [D4, "The Access and Participation Plan target for 2024/25 is 13.4%, so this indicator is on track", () => 12.8 < 13.4 && (12.8 - 10.9) / 3 >= 13.4 - 12.8],
  [D4, "19/21 partner schools (90.5%) sent at least one pupil to a summer school in 2024, up from 15 schools the year before", () => 19 > 15],
  [D4, "narrowed from 19.6 points in 2019/20 to 11.2 points in 2023/24", () => 11.2 < 19.6],
  [D4, "93.4% of full-time first-year undergraduates continued into a second year of study, well above the Office for Students threshold of 80% and higher than the sector average of 90.1%", () => 93.4 > 80 && 93.4 > 90.1],
  [D4, "Of 3,880 UK-domiciled graduates who responded to the Graduate Outcomes survey fifteen months after graduating, 3,267 (84.2%)", () => pct(3267, 3880, 84.2)],
  [D4, "81% of final-year students agreed that their course was well organised and run, compared with 79% nationally", T],
  [D4, "Research grant and contract income was £48.6m, up from £41.2m in 2022/23, an increase of 18.0%. We submitted 1,126 grant applications and 341 were awarded, a success rate of 30.3%", () => pct(48.6 - 41.2, 41.2, 18.0) && pct(341, 1126, 30.3)],
  [D4, "research income remains below the Strategy target of 14% of total income (see section 6), and the KPI is behind target", () => pct(48.6, 412.7, 11.8) && 11.8 < 14],
  [D4, "a reduction of 32.7%. Our target is a 50% reduction by 2030, and we remain on track", () => pct(28400 - 19100, 28400, 32.7) && 32.7 / 5 * 11 >= 50],
  [D4, "Total expenditure was £401.9m, giving a surplus of £10.8m, or 2.6% of income", () => near(412.7 - 401.9, 10.8, 1e-6) && pct(10.8, 412.7, 2.6)],
  [D4, "Cash and short-term investments were £96.2m at the year end, equivalent to about 87 days of expenditure", () => near(96.2 / 401.9 * 365, 87, 0.5)],
  [D4, "The University has 805 postgraduate research students", () => 805 === 805],
  [D4, "including 1,579 academic staff. The student-staff ratio was 15.4:1", () => near(24318 / 1579, 15.4, 0.05)],
  // 05
  [D5, "Over the first half of 2025 as a whole, GDP was 2.6% higher than in the first half of 2024. This remains below the Government's target range of 3.0-3.5% for 2025", () => near((2.4 + 2.8) / 2, 2.6, 0.05) && 2.6 < 3.0],
  [D5, "  GDP                             1.9      2.1      2.3      2.5      2.4      2.8", () => near((1.9 + 2.1 + 2.3 + 2.5) / 4, 2.2, 0.05)],
  [D5, "  Services                        2.5      2.6      2.9      2.8      3.0      3.4", T],
  [D5, "  Industry and construction       1.4      1.8      2.2      2.9      2.0      2.6", T],
  [D5, "  Agriculture, forestry, fishing  1.2      0.4     -0.6      1.5      1.1      0.9", T],
  [D5, "Services grew by 3.4% year on year in Q2 2025 and remained the main driver of growth. Industry and construction grew by 2.6%, and agriculture, forestry and fishing by 0.9%", () => 3.4 > 2.6 && 2.6 > 0.9],
  [D5, "In 2024 as a whole, GDP grew by 2.2%.", T],
  [D5, "wholesale and retail trade was the largest branch (11.4% of GDP), followed by real estate activities (8.9%) and financial and insurance services (6.1%)", () => 11.4 > 8.9 && 8.9 > 6.1 && 11.4 + 8.9 + 6.1 <= 55.9],
  [D5, "Gross fixed capital formation was $92.5 billion, or 22.4% of GDP", () => pct(92.5, 412.8, 22.4)],
  [D5, "the capital region, which produces 38.6% of national output, ranked third of the 16 regions with growth of 3.5%, well above the national average of 2.6% for the half-year", () => 3.5 > 2.6 && 4.6 > 3.5 && 4.1 > 3.5],
  [D5, "The merchandise trade deficit narrowed from $8.0 billion in the first half of 2024 to $5.5 billion in the first half of 2025", () => near(97.9 - 89.9, 8.0, 1e-6) && near(101.9 - 96.4, 5.5, 1e-6)],
  [D5, "Machinery and electrical equipment remained the largest export group, at $31.2 billion (32.4% of the total), followed by textiles and garments at $14.8 billion (15.4%) and agricultural and food products at $11.6 billion (12.0%)", () => pct(31.2, 96.4, 32.4) && pct(14.8, 96.4, 15.4) && pct(11.6, 96.4, 12.0) && 31.2 > 14.8 && 14.8 > 11.6],
  [D5, "taking 27.8% of Caldoria's exports, followed by the United States (18.5%) and China (11.2%). Together these three markets accounted for 57.5% of exports", () => near(27.8 + 18.5 + 11.2, 57.5, 1e-6) && 27.8 > 18.5 && 18.5 > 11.2],
  [D5, "International visitor arrivals rose from 2.14 million to 2.41 million in the first half, up 12.6%", () => pct(2.41 - 2.14, 2.14, 12.6)],
  [D5, "Consumer price inflation was 3.1% in June 2025, down from 3.9% in March, but still above the National Bank's target range of 2-3%", () => 3.1 < 3.9 && 3.1 > 3],
  [D5, "Youth unemployment (ages 15-24) remains much higher, at 11.9%", () => 11.9 > 3.8],
  [D5, "Expenditure was $41.7 billion, 48.3% of the budgeted $86.3 billion, leaving a deficit of $2.8 billion for the half-year, equivalent to 0.7% of half-year GDP", () => pct(41.7, 86.3, 48.3) && near(41.7 - 38.9, 2.8, 1e-6) && pct(2.8, 412.8, 0.7)],
  [D5, "Agriculture, forestry and fishing accounted for 6.2% of it, industry and construction 31.5% and services 55.9%; taxes less subsidies on products made up the remaining 6.4%", () => near(6.2 + 31.5 + 55.9 + 6.4, 100, 1e-6)],
];

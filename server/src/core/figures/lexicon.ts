// Word lists the reader and the claim extractors share. Vietnamese entries are NFC and lower case;
// matching is done on lower-cased NFC text. Longer phrases come first where order matters.

export const SCALES: readonly { words: string[]; factor: string }[] = [
  { words: ["nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ", "trillion", "tn"], factor: "1000000000000" },
  { words: ["tỷ", "tỉ", "billion", "bn"], factor: "1000000000" },
  { words: ["triệu", "million", "mn", "tr", "m"], factor: "1000000" },
  { words: ["nghìn", "ngàn", "thousand", "k"], factor: "1000" },
];

/** Currency and measure units after a number (or its scale word), canonical name second. */
export const UNITS_AFTER: readonly [string, string][] = [
  ["đô la mỹ", "USD"],
  ["đô la", "USD"],
  ["usd", "USD"],
  ["us$", "USD"],
  ["vnđ", "VND"],
  ["vnd", "VND"],
  ["đồng", "VND"],
  ["đ", "VND"],
  ["eur", "EUR"],
  ["euro", "EUR"],
  ["gbp", "GBP"],
  ["dong", "VND"],
  ["dollars", "USD"],
  ["ha", "ha"],
  ["héc-ta", "ha"],
  ["hecta", "ha"],
  ["hectares", "ha"],
  ["hectare", "ha"],
  ["km2", "km2"],
  ["km²", "km2"],
  ["km", "km"],
  ["kilomet", "km"],
  ["kilometres", "km"],
  ["kilometre", "km"],
  ["kilometers", "km"],
  ["m2", "m2"],
  ["m²", "m2"],
  ["m3", "m3"],
  ["m³", "m3"],
  ["tạ/ha", "tạ/ha"],
  ["tấn/ha", "tấn/ha"],
  ["tạ", "tạ"],
  ["tấn", "tấn"],
  ["tonnes", "tấn"],
  ["tonne", "tấn"],
  ["tons", "tấn"],
  ["kg", "kg"],
  ["mwh", "MWh"],
  ["mwp", "MWp"],
  ["mw", "MW"],
  ["megawatts", "MW"],
  ["megawatt", "MW"],
  ["gwh", "GWh"],
  ["gw", "GW"],
  ["twh", "TWh"],
  ["kwh", "kWh"],
  ["kwp", "kWp"],
  ["kw", "kW"],
];

export const CURRENCY_BEFORE: readonly [string, string][] = [
  ["us$", "USD"],
  ["a$", "AUD"],
  ["au$", "AUD"],
  ["c$", "CAD"],
  ["ca$", "CAD"],
  ["nz$", "NZD"],
  ["hk$", "HKD"],
  ["s$", "SGD"],
  ["usd", "USD"],
  ["gbp", "GBP"],
  ["eur", "EUR"],
  ["au$", "AUD"],
  ["a$", "AUD"],
  ["$", "USD"],
  ["vnd", "VND"],
  ["€", "EUR"],
  ["£", "GBP"],
];

export const PERCENT_WORDS = ["phần trăm", "percent", "per cent", "pct"];
export const POINT_WORDS = ["điểm phần trăm", "điểm %", "percentage points", "percentage point", "điểm %", "pp", "p.p.", "points", "point"];
export const TIMES_WORDS = ["lần", "times", "fold"];
export const PER_YEAR = ["/năm", "/ năm", "mỗi năm", "một năm", "hằng năm", "hàng năm", "per year", "a year", "per annum", "annually", "/year", "each year"];

export const QUALIFIERS: readonly [string, import("../types.ts").QualifierKind][] = [
  ["ước thực hiện", "estimate"],
  ["ước đạt", "estimate"],
  ["ước tính", "estimate"],
  ["ước", "estimate"],
  ["dự kiến", "estimate"],
  ["dự báo", "estimate"],
  ["dự ước", "estimate"],
  ["khoảng", "about"],
  ["xấp xỉ", "about"],
  ["chừng", "about"],
  ["trên dưới", "about"],
  ["gần", "nearly"],
  ["hơn", "over"],
  ["trên", "over"],
  ["dưới", "under"],
  ["tối thiểu", "atLeast"],
  ["ít nhất", "atLeast"],
  ["tối đa", "atMost"],
  ["không vượt quá", "atMost"],
  ["không quá", "atMost"],
  ["không dưới", "atLeast"],
  ["no more than", "atMost"],
  ["not more than", "atMost"],
  ["no less than", "atLeast"],
  ["not less than", "atLeast"],
  ["approximately", "about"],
  ["about", "about"],
  ["around", "about"],
  ["roughly", "about"],
  ["some", "about"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["close to", "nearly"],
  ["more than", "over"],
  ["over", "over"],
  ["above", "over"],
  ["in excess of", "over"],
  ["less than", "under"],
  ["fewer than", "under"],
  ["under", "under"],
  ["below", "under"],
  ["at least", "atLeast"],
  ["at most", "atMost"],
  ["up to", "atMost"],
  ["an estimated", "estimate"],
  ["estimated at", "estimate"],
  ["estimated", "estimate"],
  ["expected to reach", "estimate"],
  ["projected", "estimate"],
  ["expected", "estimate"],
];

/** Words before "hơn/than" that make it a comparison ("cao hơn 5%"), not a qualifier. */
export const COMPARATIVES = [
  "cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "nhanh", "chậm", "tốt", "kém", "tăng", "giảm", "vượt",
  "higher", "lower", "greater", "smaller", "larger", "faster", "slower", "better", "worse",
];

/** Nouns counted in whole units: a figure before them is exact, not rounded. */
export const COUNT_NOUNS = [
  "chỉ tiêu", "tiêu chí", "tiêu chuẩn", "nhiệm vụ", "giải pháp", "xã", "phường", "thị trấn", "huyện", "thị xã",
  "thành phố", "tỉnh", "thôn", "bản", "làng", "ấp", "tổ dân phố", "khu phố", "hộ", "người", "đảng viên",
  "doanh nghiệp", "hợp tác xã", "tổ hợp tác", "dự án", "tiểu dự án", "công trình", "trường", "học sinh",
  "sinh viên", "giáo viên", "bệnh viện", "trạm y tế", "cơ sở", "đơn vị", "cơ quan", "tổ chức", "chi bộ",
  "đảng bộ", "nghị quyết", "chỉ thị", "đề án", "chương trình", "kế hoạch", "kết luận", "văn bản", "thủ tục",
  "dịch vụ", "hồ sơ", "vụ", "vụ việc", "lao động", "khách", "lượt", "căn", "căn hộ", "nhà", "ngôi nhà",
  "sản phẩm", "mô hình", "câu lạc bộ", "cụm công nghiệp", "khu công nghiệp", "lớp", "phòng", "trạm",
  "chợ", "cầu", "tuyến", "km", "cán bộ", "công chức", "viên chức", "hội viên", "đoàn viên", "thành viên",
  "ủy viên", "đại biểu", "nhà văn hóa", "nhà văn hoá", "điểm", "tiêu chí", "cuộc", "đợt", "lớp học",
  "targets", "target", "indicators", "indicator", "criteria", "communes", "commune", "wards", "districts",
  "district", "provinces", "province", "localities", "locality", "villages", "village", "households",
  "household", "people", "persons", "residents", "members", "enterprises", "businesses", "firms",
  "companies", "cooperatives", "projects", "project", "schools", "students", "teachers", "hospitals",
  "clinics", "services", "procedures", "units", "agencies", "cases", "workers", "employees", "staff",
  "towns", "cities", "countries", "regions", "tasks", "programmes", "programs", "plans", "resolutions",
  "schemes", "items", "sites", "facilities", "homes", "houses", "dwellings", "beds", "roads", "bridges",
];

/** Words after a number that make it page chrome (view counts, ratings), not a figure. */
export const CHROME_AFTER = [
  "lượt xem", "lượt đọc", "lượt thích", "lượt chia sẻ", "lượt bình luận", "bình luận", "phiếu bầu",
  "đánh giá", "lượt truy cập", "views", "view", "likes", "comments", "shares", "votes", "ratings", "reads",
];

/** Words right before d/m that make it a date. */
export const DATE_BEFORE = [
  "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "sáng nay", "chiều nay", "từ ngày", "đến ngày",
  "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "on", "dated", "since", "by",
];

/** Words right before a number that make it a reference, not a quantity. */
export const REF_BEFORE = [
  "số", "điều", "khoản", "chương", "mục", "phần", "phụ lục", "bảng", "biểu", "hình", "tập", "quyển", "trang",
  "lần thứ", "thứ", "khóa", "khoá", "kỳ họp thứ", "kỳ", "phiên", "đợt", "tầng", "phòng số", "quốc lộ", "tỉnh lộ",
  "đường", "ql", "no.", "no", "article", "section", "chapter", "table", "figure", "annex", "page", "item",
  "clause", "part", "session", "route", "highway", "room", "level", "phase", "decree", "decision", "resolution",
  "circular", "law", "grade", "lớp", "khối", "top", "tốp", "nhóm", "cấp", "loại", "level", "tier", "vùng", "khu vực", "zone",
  "category", "component", "stage", "band", "type", "key stage", "year group", "ward", "class", "tuýp", "típ", "cấp độ", "mức độ", "priority", "hạng",
  // ("up 12.1% on Wave 3 in 2022/23 (3,912 starts)": a programme's wave or tranche is a name.)
  "wave", "tranche",
  // ("số mắc tuần 39 giảm còn 168 ca, giảm 14,3% so với tuần 38": a week's number names it.)
  "tuần", "week",
];

export const PHONE_BEFORE = ["điện thoại", "đt", "tel", "phone", "hotline", "fax", "sđt", "di động"];

export const VERSION_BEFORE = ["phiên bản", "version", "ver", "v", "công nghiệp", "industry", "web", "cmcn", "cách mạng công nghiệp lần thứ tư"];

/** Vietnamese number words (counts written out), only taken before a counted noun. */
export const VI_NUMBER_WORDS: Record<string, number> = {
  "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
  "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15, "mười sáu": 16,
  "mười bảy": 17, "mười tám": 18, "mười chín": 19, "hai mươi": 20,
};

export const EN_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

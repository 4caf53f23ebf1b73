#!/usr/bin/env python3
"""Checks the arithmetic of every figure claim in the clean texts of blind8.

Each claim is written as: the computed value is formatted the way the document
writes it, and the resulting snippet must occur verbatim in the document.
So a claim passes only if the document states exactly the correctly computed
(and correctly rounded, half-up) figure.  Relations that are not equalities
(status words, comparisons, ranks) are checked with explicit conditions and the
wording is checked by snippet.

Run: python3 tools/check_clean.py   (exit 1 on any failure)
"""
import os
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction as F

ROOT = os.environ.get("SET_ROOT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
fails = 0
count = 0


def D(s):
    if isinstance(s, (F, int)):
        return F(s)
    return F(Decimal(str(s)))


def _q(x, d):
    """exact half-up rounding of a Fraction to d decimals, as Decimal"""
    getcontext().prec = 60
    x = F(x)
    v = Decimal(x.numerator) / Decimal(x.denominator)
    return v.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def rnd(x, d):
    return F(_q(x, d))


def fmt(x, d, thou, dec):
    v = _q(x, d)
    neg = v < 0
    v = abs(v)
    s = f"{v:.{d}f}"
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = thou.join(groups) + (dec + fp if fp else "")
    return ("-" if neg else "") + out


def vn(x, d=1):
    return fmt(x, d, ".", ",")


def en(x, d=1):
    return fmt(x, d, ",", ".")


def pct(a, b):
    return F(a) * 100 / F(b)


def S(*xs):
    return sum((D(x) for x in xs), F(0))


docs = {}


def doc(name):
    if name not in docs:
        with open(os.path.join(ROOT, "docs", name), encoding="utf-8") as f:
            docs[name] = f.read()
    return docs[name]


def claim(name, snippet, cond=True, desc=""):
    global fails, count
    count += 1
    text = doc(name)
    ok = True
    if snippet not in text:
        print(f"FAIL [{name}] snippet not found: {snippet!r} {desc}")
        ok = False
    if not cond:
        print(f"FAIL [{name}] condition false: {desc or snippet}")
        ok = False
    if not ok:
        fails += 1


# ---------------------------------------------------------------- vi01
d = "vi01_nong_thon_moi_thach_yen_2024.txt"
claim(d, f"15/18 xã được công nhận đạt chuẩn nông thôn mới, chiếm {vn(pct(15,18))}% tổng số xã")
claim(d, f"tăng {15-13} xã so với cuối năm 2023 (khi đó là 13/18 xã, tỷ lệ {vn(pct(13,18))}%)")
claim(d, "cao hơn mức bình quân chung của tỉnh (74,5%)", rnd(pct(15, 18), 1) > D("74.5"))
claim(d, "xếp thứ 3/9 huyện", 1 <= 3 <= 9)
avg_all = F(15 * 19 + 15 + 14 + 12, 18)
claim(d, f"Bình quân toàn huyện đạt {vn(avg_all)} tiêu chí/xã", desc="15 xã x 19 tiêu chí + 15+14+12")
claim(d, f"tăng {vn(rnd(avg_all,1) - D('17.6'))} tiêu chí so với cuối năm 2023 (17,6 tiêu chí/xã)")
claim(d, f"xã Phú Cường đạt 15 tiêu chí, xã Tân Lập đạt 14 tiêu chí và xã Khe Mo đạt 12 tiêu chí, bình quân {vn(F(15+14+12,3))} tiêu chí/xã")
claim(d, f"38 thôn được công nhận đạt chuẩn khu dân cư nông thôn mới kiểu mẫu, chiếm {vn(pct(38,142))}%")
claim(d, "chiếm 26,8%, vượt chỉ tiêu kế hoạch đến cuối năm 2024 (35 thôn)", 38 > 35)
parts = ["92.4", "118.6", "131.25", "85.7", "21.4", "37"]
tot = S(*parts)
claim(d, f"đạt {vn(tot,2)} tỷ đồng, tăng {vn(pct(tot - D('441.8'), D('441.8')))}% so với năm 2023 (441,8 tỷ đồng)")
for p in parts:
    claim(d, f": {vn(D(p), len(p.split('.')[1]) if '.' in p else 0)} tỷ đồng")
ns = S("92.4", "118.6", "131.25")
claim(d, f"vốn ngân sách các cấp là {vn(ns,2)} tỷ đồng, chiếm {vn(pct(ns,tot))}% tổng nguồn lực")
claim(d, f"chiếm {vn(pct(37,tot))}%. Ngoài ra")
claim(d, f"giao năm 2024 là {vn(S('92.4','118.6'),0)} tỷ đồng")
claim(d, f"giải ngân 196,7 tỷ đồng, đạt {vn(pct(D('196.7'), 211))}% kế hoạch")
claim(d, f"cứng hóa được {vn(S('12.5','21.9','12.4'))} km đường giao thông nông thôn, trong đó đường trục xã 12,5 km, đường trục thôn 21,9 km và đường ngõ xóm 12,4 km")
claim(d, f"so với kế hoạch 42 km thì đạt {vn(pct(D('46.8'),42))}%, vượt kế hoạch", pct(D("46.8"), 42) > 100)
claim(d, f"có {24+7} sản phẩm OCOP, gồm 24 sản phẩm đạt 3 sao và 7 sản phẩm đạt 4 sao")
claim(d, f"ước đạt 58,2 triệu đồng/người/năm, tăng {vn(D('58.2')-D('53.5'))} triệu đồng so với năm 2023 (53,5 triệu đồng), tương đương tăng {vn(pct(D('58.2')-D('53.5'), D('53.5')))}%; vượt kế hoạch (57 triệu đồng)", D("58.2") > 57)
claim(d, f"giảm từ 6,84% cuối năm 2023 xuống còn 5,12%, tức giảm {vn(D('6.84')-D('5.12'),2)} điểm phần trăm, vượt chỉ tiêu giảm 1,5 điểm phần trăm", D("6.84") - D("5.12") > D("1.5"))
claim(d, "đạt 93,6%, đạt chỉ tiêu (93%)", D("93.6") >= 93)
claim(d, f"đạt 61,5%, chưa đạt chỉ tiêu 65%, thấp hơn {vn(65-D('61.5'))} điểm phần trăm", D("61.5") < 65)
claim(d, f"có 12/14 chỉ tiêu đạt và vượt ({vn(pct(12,14))}%); {14-12} chỉ tiêu chưa đạt")
claim(d, "(kế hoạch 5 xã, thực hiện 4 xã)", 4 < 5)
claim(d, "Trong 15 xã đạt chuẩn, có 4 xã đạt chuẩn nông thôn mới nâng cao")
claim(d, f"phấn đấu {18}/18 xã đạt chuẩn", 15 + 3 == 18)
claim(d, f"thêm 3 xã đạt chuẩn nông thôn mới nâng cao (lũy kế {4+3} xã)")

# ---------------------------------------------------------------- vi02
d = "vi02_tai_chinh_cong_doan_giao_duc_2024.md"
claim(d, f"{142+44} công đoàn cơ sở, trong đó 142 công đoàn cơ sở khối trường học công lập và 44 công đoàn cơ sở")
claim(d, f"đoàn viên nữ 8.215 người, chiếm {vn(pct(8215,12486))}%")
claim(d, f"kết nạp mới 634 đoàn viên, đạt {vn(pct(634,610))}% chỉ tiêu Liên đoàn Lao động tỉnh giao (610 đoàn viên)")
rows = [("4850.0", "5126.4"), ("1920.0", "1874.6"), ("150.0", "212.5"), ("300.0", "300.0")]
for plan, act in rows:
    claim(d, f"| {vn(D(plan))} | {vn(D(act))} | {vn(pct(D(act), D(plan)))}% |")
tp = S(*[r[0] for r in rows]); ta = S(*[r[1] for r in rows])
claim(d, f"| **{vn(tp)}** | **{vn(ta)}** | **{vn(pct(ta,tp))}%** |")
claim(d, f"Tổng thu tài chính công đoàn đạt {vn(ta)} triệu đồng, bằng {vn(pct(ta,tp))}% dự toán")
claim(d, f"Thu kinh phí công đoàn tăng {vn(pct(D('5126.4')-D('4902.7'), D('4902.7')))}% so với năm 2023 (4.902,7 triệu đồng)")
claim(d, f"tăng {vn(D('1874.6')-D('1798.2'))} triệu đồng (tăng {vn(pct(D('1874.6')-D('1798.2'), D('1798.2')))}%) so với năm trước (1.798,2 triệu đồng), song mới bằng {vn(pct(D('1874.6'), D('1920')))}% dự toán nên chưa đạt chỉ tiêu được giao", D("1874.6") < D("1920"))
chi = ["1685.2", "642.8", "2318.6", "214.3", "496.1"]
ct = S(*chi)
claim(d, f"Tổng chi năm 2024 là {vn(ct + D('1540.0'))} triệu đồng, gồm chi tại cấp {vn(ct)} triệu đồng và nộp kinh phí, đoàn phí về Liên đoàn Lao động tỉnh 1.540,0 triệu đồng")
for c in chi:
    claim(d, f": {vn(D(c))} triệu đồng" + (";" if c != chi[-1] else "."))
claim(d, f"Chi hoạt động phong trào là khoản chi lớn nhất, chiếm {vn(pct(D('2318.6'), ct))}% chi tại cấp", D("2318.6") == max(D(c) for c in chi))
claim(d, f"1.248 lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với tổng số tiền 496,1 triệu đồng, bình quân {vn(D('496.1')*1000/1248)} nghìn đồng/lượt")
claim(d, f"6 \"Mái ấm Công đoàn\" cho đoàn viên khó khăn về nhà ở, mỗi nhà 50 triệu đồng, tổng cộng {6*50} triệu đồng")
claim(d, f"- Tổng thu năm 2024: {vn(ta)} triệu đồng;")
claim(d, f"- Tổng chi năm 2024: {vn(ct + D('1540.0'))} triệu đồng;")
diff = ta - ct - D("1540.0")
claim(d, f"- Chênh lệch thu lớn hơn chi: {vn(diff)} triệu đồng;", diff > 0)
claim(d, f"- Tích lũy chuyển sang năm 2025: {vn(D('1082.4') + diff)} triệu đồng.")
claim(d, f"có 21/24 đơn vị ({vn(pct(21,24))}%) thực hiện đúng quy định; {24-21} đơn vị")
claim(d, "xếp thứ 2/14 công đoàn", 2 <= 14)

# ---------------------------------------------------------------- vi03
d = "vi03_y_te_dan_so_6thang_2024.txt"
claim(d, f"có {vn(4818+4308,0)} trẻ được sinh ra, gồm 4.818 bé trai và 4.308 bé gái; tỷ số giới tính khi sinh là {vn(F(4818*100,4308))} bé trai/100 bé gái, giảm so với mức 112,7", rnd(F(4818 * 100, 4308), 1) < D("112.7"))
claim(d, f"1.047 trường hợp, chiếm {vn(pct(1047,9126))}% tổng số trẻ sinh ra, giảm {vn(D('12.3') - rnd(pct(1047,9126),1))} điểm phần trăm so với cùng kỳ (12,3%)")
claim(d, f"7.510 bà mẹ mang thai được tầm soát trước sinh, bằng {vn(pct(7510,12000))}% kế hoạch năm (12.000 người)")
claim(d, f"8.238 trẻ sơ sinh được sàng lọc sơ sinh, chiếm {vn(pct(8238,9126))}% số trẻ sinh ra")
claim(d, f"96.480 người cao tuổi được khám sức khỏe định kỳ và lập hồ sơ theo dõi, chiếm {vn(pct(96480,166060))}% trong tổng số 166.060")
claim(d, f"cả năm là 7,5 tỷ đồng; sau 6 tháng đã giải ngân 3,86 tỷ đồng, đạt {vn(pct(D('3.86'),D('7.5')))}% dự toán")
kb = [412560, 708940, 304880]
claim(d, f"đạt {vn(sum(kb),0)} lượt, tăng {vn(pct(sum(kb)-1328150,1328150))}% so với cùng kỳ năm trước (1.328.150 lượt)")
for k in kb:
    claim(d, f": {vn(k,0)} lượt;" if k != 304880 else f": {vn(k,0)} lượt.")
claim(d, "Tuyến huyện tiếp tục là tuyến tiếp nhận nhiều lượt khám nhất", 708940 == max(kb))
claim(d, "xếp thứ 9/63 tỉnh", 9 <= 63)
claim(d, f"386 ca mắc, giảm {vn(pct(811-386,811))}% so với cùng kỳ năm 2023 (811 ca)")
claim(d, f"214 ca, gấp khoảng {vn(F(214,134))} lần cùng kỳ (134 ca)")
claim(d, f"141/152 trạm ({vn(pct(141,152))}%) có bác sĩ")
claim(d, f"148/152 xã ({vn(pct(148,152))}%) duy trì")
claim(d, f"1.198.540 người, tỷ lệ bao phủ đạt {vn(pct(1198540,1284560))}% dân số, thấp hơn chỉ tiêu năm (94,5%) là {vn(D('94.5') - rnd(pct(1198540,1284560),1))} điểm phần trăm, nên đến thời điểm báo cáo chỉ tiêu này chưa đạt")

# ---------------------------------------------------------------- vi04
d = "vi04_giai_ngan_dau_tu_cong_2024.md"
claim(d, f"bố trí cho {138+61+15} dự án. Trong đó có 138 dự án chuyển tiếp, 61 dự án khởi công mới và 15 dự án chuẩn bị đầu tư")
src = [("3245.6", "2968.2"), ("1872.4", "1603.9"), ("418.0", "247.6"), ("612.5", "496.3")]
for k, g in src:
    claim(d, f"| {vn(D(k))} | {vn(D(g))} | {vn(pct(D(g), D(k)))}% |")
K = S(*[s[0] for s in src]); G = S(*[s[1] for s in src])
claim(d, f"| **{vn(K)}** | **{vn(G)}** | **{vn(pct(G,K))}%** |")
claim(d, f"tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh là **{vn(K)} tỷ đồng**")
rate = rnd(pct(G, K), 1)
claim(d, f"giải ngân được {vn(G)} tỷ đồng, đạt {vn(rate)}% kế hoạch, cao hơn mức bình quân chung cả nước (ước 84,1%)", rate > D("84.1"))
claim(d, f"So với năm 2023 (82,3%), tỷ lệ giải ngân tăng {vn(rate - D('82.3'))} điểm phần trăm")
claim(d, "xếp thứ 18/63 tỉnh", 18 <= 63)
claim(d, "vẫn chưa đạt mục tiêu giải ngân trên 95%", rate < 95)
claim(d, "đến 30/6/2024 đạt 38,6%; đến 30/9/2024 đạt 61,4%; đến 31/12/2024 đạt 78,9%", D("38.6") < D("61.4") < D("78.9") < rate)
rates = [pct(D(g), D(k)) for k, g in src]
claim(d, "Nguồn vốn cân đối ngân sách địa phương đạt tỷ lệ cao nhất", rates[0] == max(rates))
claim(d, "Vốn nước ngoài tiếp tục là nguồn giải ngân thấp nhất", rates[2] == min(rates))
un = K - G
oda_un = D("418.0") - D("247.6")
claim(d, f"Số vốn chưa giải ngân hết là {vn(un)} tỷ đồng; riêng vốn nước ngoài còn {vn(oda_un)} tỷ đồng, chiếm {vn(pct(oda_un, un))}% số vốn chưa giải ngân")
claim(d, "Trong 36 chủ đầu tư được giao kế hoạch vốn, có 21 chủ đầu tư giải ngân trên mức bình quân của tỉnh; 9 chủ đầu tư đạt dưới 70%", 21 + 9 <= 36)
gt = pct(D("1084.5"), D("1126.8")); dd = pct(D("541.7"), D("684.3"))
claim(d, f"kế hoạch 1.126,8 tỷ đồng, giải ngân 1.084,5 tỷ đồng, đạt {vn(gt)}%")
claim(d, f"kế hoạch 684,3 tỷ đồng, giải ngân 541,7 tỷ đồng, đạt {vn(dd)}%")
claim(d, f"cao hơn Ban dân dụng và công nghiệp {vn(rnd(gt,1) - rnd(dd,1))} điểm phần trăm", gt > dd)
claim(d, f"52 dự án, đạt {vn(pct(52,60))}% kế hoạch (60 dự án)")
claim(d, f"đạt 19.875,2 tỷ đồng, bình quân {vn(D('19875.2')/4)} tỷ đồng/năm", desc="2021-2024 = 4 năm")
claim(d, "Kết quả năm 2024 là năm có số vốn giải ngân lớn nhất", G > D("19875.2") / 4)
claim(d, f"là 6.820,0 tỷ đồng, tăng {vn(pct(D('6820') - K, K))}% so với kế hoạch năm 2024")

# ---------------------------------------------------------------- vi05
d = "vi05_tong_ket_nam_hoc_2023_2024.txt"
claim(d, f"có {38+35+29+10} trường mầm non, phổ thông công lập do huyện quản lý, gồm 38 trường mầm non, 35 trường tiểu học, 29 trường trung học cơ sở và 10 trường liên cấp")
hs = [10524, 18207, 12655]
claim(d, f"Tổng số trẻ em, học sinh là {vn(sum(hs),0)} em, trong đó mầm non 10.524 trẻ, tiểu học 18.207 học sinh, trung học cơ sở 12.655 học sinh")
claim(d, f"(40.258 em), quy mô tăng {vn(sum(hs)-40258,0)} em, tương ứng tăng {vn(pct(sum(hs)-40258,40258))}%")
claim(d, "đạt 34,5%, chưa đạt chỉ tiêu 35%", D("34.5") < 35)
claim(d, "giảm từ 0,42% năm học trước xuống 0,27%", D("0.27") < D("0.42"))
claim(d, f"3.612/3.618 em, đạt {vn(pct(3612,3618))}%")
lv = [3164, 5442, 3847, 202]
assert sum(lv) == 12655
pcts = [rnd(pct(x, 12655), 1) for x in lv]
for x, p in zip(lv, pcts):
    claim(d, f"{vn(x,0)} em ({vn(p)}%)")
claim(d, "kết quả đánh giá học tập cả năm của 12.655 học sinh", sum(pcts) == 100, desc=f"percent sum {sum(pcts)}")
claim(d, f"2.947/2.961 em, tỷ lệ {vn(pct(2947,2961))}%")
claim(d, f"huyện đạt {8+21+30+37} giải, gồm 8 giải Nhất, 21 giải Nhì, 30 giải Ba và 37 giải Khuyến khích, nhiều hơn năm học trước {96-82} giải (năm học 2022-2023 đạt 82 giải)")
claim(d, f"xếp thứ 4/11 huyện, thị xã, thành phố, tăng {6-4} bậc so với năm học trước (thứ 6)", 4 <= 11)
claim(d, f"2.118 giáo viên có trình độ đào tạo trên chuẩn, chiếm {vn(pct(2118,2463))}%")
claim(d, f"có 87/112 trường đạt chuẩn quốc gia, tỷ lệ {vn(pct(87,112))}%, tăng {87-81} trường so với năm học trước (81 trường) và vượt kế hoạch năm (85 trường)", 87 > 85)
claim(d, f"tăng từ 88,7% lên 91,4%, tức tăng {vn(D('91.4')-D('88.7'))} điểm phần trăm")
claim(d, f"612,4 tỷ đồng, chiếm {vn(pct(D('612.4'),D('1260.1')))}% tổng chi ngân sách huyện (1.260,1 tỷ đồng)")
claim(d, f"hoàn thành 14/16 chỉ tiêu ({vn(pct(14,16))}%). Hai chỉ tiêu")
claim(d, f"Phấn đấu thêm 5 trường đạt chuẩn quốc gia, nâng tổng số lên {87+5} trường")

# ---------------------------------------------------------------- en06
d = "en06_water_annual_performance_2023_24.md"
claim(d, f"we met 14 of 19 ({en(pct(14,19))}%) and missed {19-14}")
claim(d, f"we served {en(962140+86180,0)} connected properties, of which 962,140 were households and 86,180")
claim(d, f"812.4 megalitres a day (Ml/d), down {en(pct(D('836.9')-D('812.4'), D('836.9')))}% from 836.9 Ml/d")
claim(d, f"138.6 litres per person per day, lower than last year's 141.2 litres, a reduction of {en(D('141.2')-D('138.6'))} litres")
claim(d, f"That is down {en(D('184.5')-D('176.2'))} Ml/d, or {en(pct(D('184.5')-D('176.2'), D('184.5')))}%, on the 184.5 Ml/d reported last year, but we still missed our leakage target of 171.0 Ml/d, by {en(D('176.2')-D('171.0'))} Ml/d", D("176.2") > D("171.0"))
claim(d, f"Leakage now accounts for {en(pct(D('176.2'), D('812.4')))}% of the water")
claim(d, f"21,960 leak repairs during the year, an average of {en(F(21960,12),0)} per month")
claim(d, f"142 km of water mains against a plan of 150 km ({en(pct(142,150))}%)")
claim(d, f"bringing the total fitted to 412,900, which covers {en(pct(412900,1048320))}% of the properties")
claim(d, "| Leakage (Ml/d, 3-yr average) | 176.2 | 171.0 | Missed |", D("176.2") > D("171.0"))
claim(d, "| 6m 48s | 5m 00s | Missed |", 6 * 60 + 48 > 300)
claim(d, "| 138.6 | 139.5 | Met |", D("138.6") <= D("139.5"))
claim(d, "| 18.9 | 20.0 | Met |", D("18.9") <= 20)
claim(d, "| 99.97% | 100% | Missed |")
claim(d, f"148,214 regulatory tests")
claim(d, f"44 did not meet the required standard, giving overall compliance of {en(pct(148214-44,148214),2)}%")
claim(d, f"compared with 38 the year before, a fall of {38-31} incidents ({en(pct(38-31,38))}%)")
claim(d, f"Across our 16,400 km of sewers, that equals {en(F(31*10000,16400))} incidents per 10,000 km, which meets the target of 20.0", F(31 * 10000, 16400) <= 20)
claim(d, f"There were {137+75} internal sewer flooding incidents; 137 were caused by hydraulic overload during heavy rainfall and 75")
claim(d, f"4,186 written complaints, down {en(pct(4789-4186,4789))}% from 4,789")
claim(d, "we ranked 4th of 11 water and sewerage companies, up from 7th", 4 <= 11 and 4 < 7)
claim(d, f"£452, up £{452-425} on last year's £425, a rise of {en(pct(452-425,425))}%")
cap = S("212.8", "189.4", "56.7", "27.4")
claim(d, f"Total capital investment in the year was £{en(cap)}m, including £212.8m on the water network, £189.4m on wastewater treatment and sewers, £56.7m on IT and metering and £27.4m on other assets")
claim(d, f"This represents {en(pct(cap, 530))}% of the £530.0m allowed")

# ---------------------------------------------------------------- en07
d = "en07_charity_trustees_report_2024.txt"
claim(d, f"18,460 emergency food parcels, up from 14,230 the previous year, an increase of {en(pct(18460-14230,14230))}%")
claim(d, f"7,912 individuals we supported directly, of whom 3,104 were children ({en(pct(3104,7912))}%)")
claim(d, f"426 people gave a combined 38,340 hours to the Trust, an average of {en(F(38340,426),0)} hours each", F(38340, 426) == 90)
claim(d, f"helped them secure £1.47m in additional annual benefit income, an average of £{en(F(1470000,2318),0)} per client")
claim(d, "24 primary and secondary schools, twice as many school partners as last year (12)", 24 == 2 * 12)
claim(d, f"We met 6 of 8 targets ({en(pct(6,8),0)}%). The two we missed", 8 - 6 == 2)
inc = ["1516.3", "1204.9", "842.7", "214.5", "64.2"]
ti = S(*inc)
claim(d, f"Total income for the year was £{en(ti*1000,0)}, compared with £3,517,900 in 2022/23, an increase of £{en(ti*1000-3517900,0)} or {en(pct(ti*1000-3517900,3517900))}%")
for x in inc:
    claim(d, f": £{en(D(x)*1000,0)}")
ex = ["3129.4", "512.6", "56.3"]
te = S(*ex)
claim(d, f"Total expenditure was £{en(te*1000,0)}. Of this, £3,129,400 ({en(pct(D('3129.4'),te))}%) was spent on charitable activities, £512,600 on raising funds and £56,300 on other costs")
claim(d, f"Every £1 spent on fundraising generated £{en(D('1516.3')/D('512.6'),2)} in donations and legacies")
claim(d, f"net income of £{en((ti-te)*1000,0)} for the year", ti > te)
months = F(612000) / (te * 1000 / 12)
claim(d, f"free reserves stood at £612,000, equivalent to {en(months)} months of expenditure. This is below the range", months < 3)

# ---------------------------------------------------------------- en08
d = "en08_housing_q2_performance_2024_25.md"
claim(d, f"**{en(17285+2910+1445,0)} homes**: 17,285 general needs, 2,910 supported and older persons' homes, and 1,445 shared ownership")
claim(d, "fell to 3.42% of the annual rent debit, lower than the 3.80% at the end of Q1 and within the 3.50% target", D("3.42") < D("3.80") and D("3.42") <= D("3.50"))
claim(d, "Rent collected was 99.1% of rent due, below our 99.5% target", D("99.1") < D("99.5"))
claim(d, f"38.4 days, still above the 30-day target but improved by {en(D('44.1')-D('38.4'))} days on Q1 (44.1 days)", D("38.4") > 30)
claim(d, f"642 new cases were logged, up from 418 in Q1, a rise of {en(pct(642-418,418))}%")
claim(d, f"We let 284 homes during the quarter, of which 226 were general needs homes ({en(pct(226,284))}%)")
claim(d, f"We completed {en(3318+11544,0)} responsive repairs in the quarter, of which 3,318 were emergencies ({en(pct(3318,14862))}%)")
claim(d, f"| Emergency (24 hours) | 3,318 | 3,271 | {en(pct(3271,3318))}% | 98.0% | Met |", pct(3271, 3318) >= 98)
claim(d, f"| Routine (28 days) | 11,544 | 9,912 | {en(pct(9912,11544))}% | 90.0% | Not met |", pct(9912, 11544) < 90)
claim(d, "fell short of the 90% target")
claim(d, f"17,931 of 17,934 properties with a gas supply ({en(pct(17931,17934),2)}%) had a valid landlord's gas safety certificate. The {['zero','one','two','three'][17934-17931]} outstanding")
claim(d, "Of the 642 new cases, 511 have been inspected and 287 have had remedial works completed", 287 <= 511 <= 642)
claim(d, f"responded to 341 within the 10 working days required by the Housing Ombudsman's Complaint Handling Code ({en(pct(341,386))}%)")
claim(d, "placing us 9th of 15", 9 <= 15)
claim(d, f"We completed 112 new homes in Q2, bringing the year-to-date total to 187 against an annual target of 420 ({en(pct(187,420))}%)")
claim(d, f"| Operating margin | {en(pct(D('15.9'),D('78.6')))}% | {en(pct(D('17.5'),D('79.4')))}% |")
claim(d, f"Operating margin is {en(rnd(pct(D('17.5'),D('79.4')),1) - rnd(pct(D('15.9'),D('78.6')),1))} percentage points below budget")
claim(d, "interest cover of 1.42x comfortably above the 1.10x minimum", D("1.42") > D("1.10"))

# ---------------------------------------------------------------- en09
d = "en09_transit_ridership_fy2024.txt"
modes = ["71.84", "38.27", "9.63", "7.54", "1.18"]
tm = S(*modes)
claim(d, f"The system carried {en(tm,2)} million boardings, up {en(pct(tm-D('119.17'), D('119.17')))}% from 119.17 million in FY2023. That is {en(pct(tm, D('154.32')))}% of the 154.32 million boardings")
claim(d, f"Monthly boardings averaged {en(tm/12,2)} million")
claim(d, "ranked 3rd of 12 peer agencies", 3 <= 12)
claim(d, f"    Total                         {en(tm,2)} million")
for label, v in zip(["Bus (local and express)", "Light rail", "Commuter rail", "Bus rapid transit (RapidLine)", "Paratransit (Access)"], modes):
    claim(d, f"    {label}".ljust(34) + f"{v:>6} million")
claim(d, f"carrying {en(pct(D('71.84'), tm))}% of all boardings")
claim(d, f"rising {en(pct(D('38.27')-D('34.06'), D('34.06')))}% from 34.06 million to 38.27 million")
claim(d, "more than five times as many riders as RapidLine", 5 * D("7.54") < D("38.27") < 6 * D("7.54"))
claim(d, f"boardings fell {en(pct(D('9.84')-D('9.63'), D('9.84')))}%, from 9.84 million to 9.63 million")
claim(d, f"61 of 97 bus routes ({en(pct(61,97))}%)")
claim(d, f"Productivity, measured as boardings per revenue hour, was {en(tm/D('4.82'))} systemwide")
claim(d, f"Overall satisfaction with CRTA service was 72%, up {72-68} percentage points from 68%")
claim(d, "Bus on-time performance was 81.6%, which fell short of the Board-adopted goal of 85%", D("81.6") < 85)
claim(d, "Light rail on-time performance was 91.3%, exceeding its 90% goal", D("91.3") > 90)
claim(d, f"declined to 214 from 263, a decrease of {en(pct(263-214,263))}%")
claim(d, f"Fare revenue totaled $118.7 million, an average of ${en(D('118.7')/tm,2)} per boarding")
claim(d, f"Operating expenses were $682.2 million, so the farebox recovery ratio was {en(pct(D('118.7'), D('682.2')))}%, and the operating cost per boarding was ${en(D('682.2')/tm,2)}")
claim(d, f"1,046 vehicles, of which 318 are battery-electric ({en(pct(318,1046))}%)")

# ---------------------------------------------------------------- en10
d = "en10_school_district_budget_2025_26.md"
claim(d, f"18,742 students in 2025-26, down {en(pct(19104-18742,19104))}% from 19,104 this year. This decline is steeper than the county average decline of 1.2%", rnd(pct(19104 - 18742, 19104), 1) > D("1.2"))
claim(d, f"8,615 students in transitional kindergarten through grade 5, 4,296 in grades 6-8 and 5,831 in grades 9-12", 8615 + 4296 + 5831 == 18742)
claim(d, f"projected at 17,891, or {en(pct(17891,18742))}% of enrollment")
rev = ["192.4", "14.6", "28.3", "11.5"]
tr = S(*rev)
claim(d, f"**${en(tr)} million**")
claim(d, f"| **Total revenues** | **${en(tr)}m** |")
exps = ["98.7", "36.2", "71.4", "9.8", "27.6", "2.1", "5.5"]
tx = S(*exps)
claim(d, f"**${en(tx)} million**")
claim(d, f"| **Total expenditures** | **${en(tx)}m** |")
for x in rev + exps:
    claim(d, f"| ${x}m |")
sb = S("98.7", "36.2", "71.4")
claim(d, f"Salaries and benefits together come to ${en(sb)}m, or {en(pct(sb,tx))}% of expenditures")
claim(d, f"Spending per student works out at ${en(tx*1000000/18742,0)}, which ranks us 6th of 14 districts", 6 <= 14)
claim(d, f"Expenditures exceed revenues by ${en(tx-tr)}m in 2025-26. The beginning fund balance of $36.1m is therefore projected to fall to an ending balance of ${en(D('36.1')-(tx-tr))}m")
claim(d, f"the Reserve for Economic Uncertainties is $12.1m, or {en(pct(D('12.1'),tx))}% of expenditures. This exceeds the 3% minimum required for a district of our size, which would be ${en(tx*D('0.03'),2)}m", D("12.1") > tx * D("0.03"))
claim(d, f"| 2025-26 | ${en(tx-tr)}m |")
dfs = S(tx - tr, "7.8", "9.6")
claim(d, f"Over the three years deficit spending totals ${en(dfs)}m, an average of ${en(dfs/3)}m a year")
claim(d, f"the ending fund balance would fall to ${en(D('36.1')-dfs)}m by June 30, 2028")
red = S("1.9", "2.7", "0.9", "0.7")
claim(d, f"proposes ${en(red)}m in ongoing reductions")
claim(d, f"of whom 936 are classroom teachers, giving an average of {en(F(18742,936))} students per teacher")

print(f"{count} claims checked, {fails} failures")
sys.exit(1 if fails else 0)

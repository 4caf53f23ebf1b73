#!/usr/bin/env python3
"""Writes mutations.json (8 per document). Each entry: find -> replace inside a claim window."""
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

V1 = "docs/vi01_nong_thon_moi_thach_yen_2024.txt"
V2 = "docs/vi02_tai_chinh_cong_doan_giao_duc_2024.md"
V3 = "docs/vi03_y_te_dan_so_6thang_2024.txt"
V4 = "docs/vi04_giai_ngan_dau_tu_cong_2024.md"
V5 = "docs/vi05_tong_ket_nam_hoc_2023_2024.txt"
E6 = "docs/en06_water_annual_performance_2023_24.md"
E7 = "docs/en07_charity_trustees_report_2024.txt"
E8 = "docs/en08_housing_q2_performance_2024_25.md"
E9 = "docs/en09_transit_ridership_fy2024.txt"
E10 = "docs/en10_school_district_budget_2025_26.md"

M = []


def m(file, find, replace, window, note, tags):
    M.append({"id": f"y{len(M)+1:02d}", "file": file, "find": find, "replace": replace,
              "window": window, "note": note, "tags": tags})


# ------------------------------------------------------------------ vi01
m(V1, "Ngân sách tỉnh: 118,6 tỷ đồng", "Ngân sách tỉnh: 128,6 tỷ đồng",
  "Tổng nguồn lực huy động thực hiện Chương trình năm 2024 đạt 486,35 tỷ đồng, tăng 10,1% so với năm 2023 (441,8 tỷ đồng). Cơ cấu nguồn vốn gồm:\n- Ngân sách trung ương: 92,4 tỷ đồng;\n- Ngân sách tỉnh: 118,6 tỷ đồng;\n- Ngân sách huyện, xã: 131,25 tỷ đồng;\n- Vốn tín dụng: 85,7 tỷ đồng;\n- Vốn doanh nghiệp: 21,4 tỷ đồng;\n- Nhân dân đóng góp: 37 tỷ đồng.",
  "92,4 + 128,6 + 131,25 + 85,7 + 21,4 + 37 = 496,35 tỷ, not the stated total 486,35 tỷ (also no longer matches ngân sách các cấp 342,25 and 211 tỷ).",
  ["sum"])
m(V1, "chiếm 83,3% tổng số xã", "chiếm 88,3% tổng số xã",
  "toàn huyện có 15/18 xã được công nhận đạt chuẩn nông thôn mới, chiếm 83,3% tổng số xã",
  "15/18 = 83,3%, not 88,3%.", ["fraction"])
m(V1, "vượt kế hoạch (57 triệu đồng)", "chưa đạt kế hoạch (57 triệu đồng)",
  "Thu nhập bình quân đầu người khu vực nông thôn năm 2024 ước đạt 58,2 triệu đồng/người/năm, tăng 4,7 triệu đồng so với năm 2023 (53,5 triệu đồng), tương đương tăng 8,8%; vượt kế hoạch (57 triệu đồng)",
  "58,2 triệu > kế hoạch 57 triệu (102,1%), so 'chưa đạt kế hoạch' contradicts the figures.", ["status"])
m(V1, "tăng 4,7 triệu đồng so với năm 2023", "tăng 6,7 triệu đồng so với năm 2023",
  "ước đạt 58,2 triệu đồng/người/năm, tăng 4,7 triệu đồng so với năm 2023 (53,5 triệu đồng), tương đương tăng 8,8%",
  "58,2 − 53,5 = 4,7 triệu, not 6,7 (and 6,7/53,5 would be 12,5%, not 8,8%).", ["change"])
m(V1, "tức giảm 1,72 điểm phần trăm", "tức giảm 2,72 điểm phần trăm",
  "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 6,84% cuối năm 2023 xuống còn 5,12%, tức giảm 1,72 điểm phần trăm",
  "6,84% − 5,12% = 1,72 điểm phần trăm, not 2,72.", ["difference", "change"])
m(V1, "bình quân 13,7 tiêu chí/xã", "bình quân 14,7 tiêu chí/xã",
  "Ba xã chưa đạt chuẩn gồm: xã Phú Cường đạt 15 tiêu chí, xã Tân Lập đạt 14 tiêu chí và xã Khe Mo đạt 12 tiêu chí, bình quân 13,7 tiêu chí/xã",
  "(15 + 14 + 12)/3 = 13,7 tiêu chí/xã, not 14,7.", ["average"])
m(V1, "xếp thứ 3/9 huyện", "xếp thứ 12/9 huyện",
  "xếp thứ 3/9 huyện, thị xã, thành phố",
  "Rank 12 out of only 9 units is impossible.", ["rank"])
m(V1, "cao hơn mức bình quân chung của tỉnh (74,5%)", "thấp hơn mức bình quân chung của tỉnh (74,5%)",
  "Tỷ lệ xã đạt chuẩn của huyện (83,3%) cao hơn mức bình quân chung của tỉnh (74,5%)",
  "83,3% is higher than 74,5%, so 'thấp hơn' is wrong.", ["compare"])

# ------------------------------------------------------------------ vi02
m(V2, "Chi đào tạo, bồi dưỡng cán bộ công đoàn: 214,3 triệu đồng", "Chi đào tạo, bồi dưỡng cán bộ công đoàn: 264,3 triệu đồng",
  "gồm chi tại cấp 5.357,0 triệu đồng và nộp kinh phí, đoàn phí về Liên đoàn Lao động tỉnh 1.540,0 triệu đồng. Chi tại cấp cụ thể:\n\n- Chi lương, phụ cấp, bảo hiểm cán bộ công đoàn chuyên trách: 1.685,2 triệu đồng;\n- Chi quản lý hành chính: 642,8 triệu đồng;\n- Chi hoạt động phong trào, thi đua, văn hóa – thể thao: 2.318,6 triệu đồng;\n- Chi đào tạo, bồi dưỡng cán bộ công đoàn: 214,3 triệu đồng;\n- Chi thăm hỏi, trợ cấp đoàn viên: 496,1 triệu đồng.",
  "1.685,2 + 642,8 + 2.318,6 + 264,3 + 496,1 = 5.407,0 triệu, not the stated chi tại cấp 5.357,0.", ["sum"])
m(V2, "nên chưa đạt chỉ tiêu được giao", "nên đã vượt chỉ tiêu được giao",
  "Thu đoàn phí đạt 1.874,6 triệu đồng, tăng 76,4 triệu đồng (tăng 4,2%) so với năm trước (1.798,2 triệu đồng), song mới bằng 97,6% dự toán nên chưa đạt chỉ tiêu được giao",
  "97,6% of dự toán (1.874,6 < 1.920,0) cannot be 'vượt chỉ tiêu'.", ["status"])
m(V2, "có 21/24 đơn vị (87,5%)", "có 21/24 đơn vị (78,5%)",
  "Kết quả có 21/24 đơn vị (87,5%) thực hiện đúng quy định; 3 đơn vị còn tồn tại",
  "21/24 = 87,5%, not 78,5%.", ["fraction"])
m(V2, "(tăng 4,2%)", "(tăng 14,2%)",
  "Thu đoàn phí đạt 1.874,6 triệu đồng, tăng 76,4 triệu đồng (tăng 4,2%) so với năm trước (1.798,2 triệu đồng)",
  "76,4/1.798,2 = 4,2%, not 14,2%.", ["change"])
m(V2, "đoàn viên nữ 8.215 người, chiếm 65,8%", "đoàn viên nữ 8.215 người, chiếm 56,8%",
  "Tổng số đoàn viên là 12.486 người, trong đó đoàn viên nữ 8.215 người, chiếm 65,8%",
  "8.215/12.486 = 65,8%, not 56,8%.", ["share"])
m(V2, "bình quân 397,5 nghìn đồng/lượt", "bình quân 497,5 nghìn đồng/lượt",
  "thăm hỏi, trợ cấp 1.248 lượt đoàn viên ốm đau, gặp hoàn cảnh khó khăn với tổng số tiền 496,1 triệu đồng, bình quân 397,5 nghìn đồng/lượt",
  "496,1 triệu / 1.248 lượt = 397,5 nghìn đồng/lượt, not 497,5.", ["average"])
m(V2, "Chênh lệch thu lớn hơn chi: 616,5 triệu đồng", "Chênh lệch thu lớn hơn chi: 661,5 triệu đồng",
  "- Tổng thu năm 2024: 7.513,5 triệu đồng;\n- Tổng chi năm 2024: 6.897,0 triệu đồng;\n- Chênh lệch thu lớn hơn chi: 616,5 triệu đồng;",
  "7.513,5 − 6.897,0 = 616,5 triệu, not 661,5 (also 1.082,4 + 661,5 ≠ 1.698,9).", ["difference"])
m(V2, "tổng cộng 300 triệu đồng", "tổng cộng 350 triệu đồng",
  "hỗ trợ xây dựng 6 \"Mái ấm Công đoàn\" cho đoàn viên khó khăn về nhà ở, mỗi nhà 50 triệu đồng, tổng cộng 300 triệu đồng",
  "6 nhà × 50 triệu = 300 triệu, not 350.", ["sum"])

# ------------------------------------------------------------------ vi03
m(V3, "Tuyến xã: 304.880 lượt", "Tuyến xã: 340.880 lượt",
  "Tổng số lượt khám bệnh toàn tỉnh 6 tháng đạt 1.426.380 lượt, tăng 7,4% so với cùng kỳ năm trước (1.328.150 lượt). Trong đó:\n  - Tuyến tỉnh: 412.560 lượt;\n  - Tuyến huyện: 708.940 lượt;\n  - Tuyến xã: 304.880 lượt.",
  "412.560 + 708.940 + 340.880 = 1.462.380, not the stated 1.426.380.", ["sum"])
m(V3, "chiếm 11,5% tổng số trẻ sinh ra", "chiếm 15,1% tổng số trẻ sinh ra",
  "Số trường hợp sinh con thứ 3 trở lên là 1.047 trường hợp, chiếm 11,5% tổng số trẻ sinh ra, giảm 0,8 điểm phần trăm so với cùng kỳ (12,3%)",
  "1.047/9.126 = 11,5%, not 15,1%; 15,1% would also be above 12,3%, contradicting 'giảm 0,8 điểm phần trăm'.", ["share"])
m(V3, "giảm 52,4% so với cùng kỳ năm 2023 (811 ca)", "giảm 25,4% so với cùng kỳ năm 2023 (811 ca)",
  "Bệnh sốt xuất huyết ghi nhận 386 ca mắc, giảm 52,4% so với cùng kỳ năm 2023 (811 ca)",
  "(811 − 386)/811 = 52,4% decrease, not 25,4%.", ["change"])
m(V3, "gấp khoảng 1,6 lần cùng kỳ", "gấp khoảng 2,6 lần cùng kỳ",
  "bệnh tay chân miệng có 214 ca, gấp khoảng 1,6 lần cùng kỳ (134 ca)",
  "214/134 = 1,6 times, not 2,6.", ["compare"])
m(V3, "141/152 trạm (92,8%)", "141/152 trạm (98,2%)",
  "trong đó 141/152 trạm (92,8%) có bác sĩ làm việc",
  "141/152 = 92,8%, not 98,2%.", ["fraction"])
m(V3, "là 1,2 điểm phần trăm", "là 2,1 điểm phần trăm",
  "tỷ lệ bao phủ đạt 93,3% dân số, thấp hơn chỉ tiêu năm (94,5%) là 1,2 điểm phần trăm",
  "94,5% − 93,3% = 1,2 điểm phần trăm, not 2,1.", ["difference"])
m(V3, "xếp thứ 9/63 tỉnh", "xếp thứ 69/63 tỉnh",
  "tỉnh xếp thứ 9/63 tỉnh, thành phố về mức độ hài lòng của người bệnh nội trú",
  "Rank 69 out of 63 provinces is impossible.", ["rank"])
m(V3, "bằng 62,6% kế hoạch năm", "bằng 72,6% kế hoạch năm",
  "Đã có 7.510 bà mẹ mang thai được tầm soát trước sinh, bằng 62,6% kế hoạch năm (12.000 người)",
  "7.510/12.000 = 62,6%, not 72,6%.", ["percent"])

# ------------------------------------------------------------------ vi04
m(V4, "61 dự án khởi công mới", "66 dự án khởi công mới",
  "bố trí cho 214 dự án. Trong đó có 138 dự án chuyển tiếp, 61 dự án khởi công mới và 15 dự án chuẩn bị đầu tư",
  "138 + 66 + 15 = 219, not 214 dự án.", ["sum"])
m(V4, "| 59,2% |", "| 69,2% |",
  "| Vốn nước ngoài (ODA, vay ưu đãi) | 418,0 | 247,6 | 59,2% |",
  "247,6/418,0 = 59,2%, not 69,2%.", ["percent"])
m(V4, "vẫn chưa đạt mục tiêu giải ngân trên 95%", "đã vượt mục tiêu giải ngân trên 95%",
  "giải ngân được 5.316,0 tỷ đồng, đạt 86,5% kế hoạch, cao hơn mức bình quân chung cả nước (ước 84,1%). So với năm 2023 (82,3%), tỷ lệ giải ngân tăng 4,2 điểm phần trăm. Theo thông báo của Bộ Tài chính, tỉnh xếp thứ 18/63 tỉnh, thành phố về tỷ lệ giải ngân. Tuy nhiên, kết quả này vẫn chưa đạt mục tiêu giải ngân trên 95%",
  "86,5% is below the 95% target, so 'đã vượt' contradicts it.", ["status"])
m(V4, "tăng 4,2 điểm phần trăm", "tăng 6,2 điểm phần trăm",
  "đạt 86,5% kế hoạch, cao hơn mức bình quân chung cả nước (ước 84,1%). So với năm 2023 (82,3%), tỷ lệ giải ngân tăng 4,2 điểm phần trăm",
  "86,5% − 82,3% = 4,2 điểm phần trăm, not 6,2.", ["change"])
m(V4, "cao hơn mức bình quân chung cả nước", "thấp hơn mức bình quân chung cả nước",
  "đạt 86,5% kế hoạch, cao hơn mức bình quân chung cả nước (ước 84,1%)",
  "86,5% > 84,1%, so 'thấp hơn' is wrong.", ["compare"])
m(V4, "xếp thứ 18/63", "xếp thứ 81/63",
  "tỉnh xếp thứ 18/63 tỉnh, thành phố về tỷ lệ giải ngân",
  "Rank 81 out of 63 is impossible.", ["rank"])
m(V4, "Ban dân dụng và công nghiệp 17,0 điểm phần trăm", "Ban dân dụng và công nghiệp 27,0 điểm phần trăm",
  "- Ban Quản lý dự án đầu tư xây dựng các công trình giao thông: kế hoạch 1.126,8 tỷ đồng, giải ngân 1.084,5 tỷ đồng, đạt 96,2%;\n- Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp: kế hoạch 684,3 tỷ đồng, giải ngân 541,7 tỷ đồng, đạt 79,2%.\n\nTỷ lệ giải ngân của Ban giao thông cao hơn Ban dân dụng và công nghiệp 17,0 điểm phần trăm",
  "96,2% − 79,2% = 17,0 điểm phần trăm, not 27,0.", ["difference"])
m(V4, "bình quân 4.968,8 tỷ đồng/năm", "bình quân 5.968,8 tỷ đồng/năm",
  "Giai đoạn 2021-2024, tổng vốn đầu tư công giải ngân trên địa bàn tỉnh đạt 19.875,2 tỷ đồng, bình quân 4.968,8 tỷ đồng/năm",
  "19.875,2 / 4 năm (2021-2024) = 4.968,8 tỷ/năm, not 5.968,8.", ["average"])

# ------------------------------------------------------------------ vi05
m(V5, "29 trường trung học cơ sở", "32 trường trung học cơ sở",
  "Toàn huyện có 112 trường mầm non, phổ thông công lập do huyện quản lý, gồm 38 trường mầm non, 35 trường tiểu học, 29 trường trung học cơ sở và 10 trường liên cấp tiểu học và trung học cơ sở",
  "38 + 35 + 32 + 10 = 115, not 112 trường.", ["sum"])
m(V5, "Mức Khá: 5.442 em (43,0%)", "Mức Khá: 5.442 em (48,0%)",
  "kết quả đánh giá học tập cả năm của 12.655 học sinh như sau:\n   - Mức Tốt: 3.164 em (25,0%);\n   - Mức Khá: 5.442 em (43,0%);",
  "5.442/12.655 = 43,0%, not 48,0% (the four levels would also sum to 105%).", ["percent"])
m(V5, "3.612/3.618 em, đạt 99,8%", "3.612/3.618 em, đạt 96,8%",
  "Học sinh lớp 5 hoàn thành chương trình tiểu học là 3.612/3.618 em, đạt 99,8%",
  "3.612/3.618 = 99,8%, not 96,8%.", ["fraction"])
m(V5, "tăng 6 trường so với năm học trước", "tăng 9 trường so với năm học trước",
  "toàn huyện có 87/112 trường đạt chuẩn quốc gia, tỷ lệ 77,7%, tăng 6 trường so với năm học trước (81 trường)",
  "87 − 81 = 6 trường, not 9.", ["change"])
m(V5, "xếp thứ 4/11 huyện", "xếp thứ 14/11 huyện",
  "xếp thứ 4/11 huyện, thị xã, thành phố, tăng 2 bậc so với năm học trước (thứ 6)",
  "Rank 14 out of 11 units is impossible (and 6 → 14 is not 'tăng 2 bậc').", ["rank"])
m(V5, "nhiều hơn năm học trước 14 giải", "ít hơn năm học trước 14 giải",
  "huyện đạt 96 giải, gồm 8 giải Nhất, 21 giải Nhì, 30 giải Ba và 37 giải Khuyến khích, nhiều hơn năm học trước 14 giải (năm học 2022-2023 đạt 82 giải)",
  "96 > 82 (by 14), so 'ít hơn' is wrong.", ["compare"])
m(V5, "đạt 34,5%, chưa đạt chỉ tiêu 35%", "đạt 34,5%, vượt chỉ tiêu 35%",
  "riêng tỷ lệ huy động trẻ nhà trẻ đạt 34,5%, chưa đạt chỉ tiêu 35%",
  "34,5% < 35%, so 'vượt chỉ tiêu' contradicts the figures.", ["status"])
m(V5, "chiếm 48,6% tổng chi ngân sách huyện", "chiếm 58,6% tổng chi ngân sách huyện",
  "chi sự nghiệp giáo dục và đào tạo trên địa bàn huyện là 612,4 tỷ đồng, chiếm 48,6% tổng chi ngân sách huyện (1.260,1 tỷ đồng)",
  "612,4/1.260,1 = 48,6%, not 58,6%.", ["share"])

# ------------------------------------------------------------------ en06
m(E6, "£56.7m on IT and metering", "£65.7m on IT and metering",
  "Total capital investment in the year was £486.3m, including £212.8m on the water network, £189.4m on wastewater treatment and sewers, £56.7m on IT and metering and £27.4m on other assets",
  "212.8 + 189.4 + 65.7 + 27.4 = 495.3, not the stated £486.3m.", ["sum"])
m(E6, "Leakage now accounts for 21.7%", "Leakage now accounts for 27.1%",
  "Average distribution input was 812.4 megalitres a day (Ml/d), down 2.9% from 836.9 Ml/d in 2022/23, helped by a wetter summer and by customers using less.\n\nPer capita consumption fell to 138.6 litres per person per day, lower than last year's 141.2 litres, a reduction of 2.6 litres.\n\nLeakage averaged 176.2 Ml/d on a three-year rolling basis. That is down 8.3 Ml/d, or 4.5%, on the 184.5 Ml/d reported last year, but we still missed our leakage target of 171.0 Ml/d, by 5.2 Ml/d. Leakage now accounts for 21.7% of the water we put into supply.",
  "176.2/812.4 = 21.7%, not 27.1%.", ["share"])
m(E6, "| 176.2 | 171.0 | Missed |", "| 176.2 | 171.0 | Met |",
  "| Leakage (Ml/d, 3-yr average) | 176.2 | 171.0 | Missed |",
  "Leakage 176.2 is above the 171.0 target (lower is better), so 'Met' is wrong.", ["status"])
m(E6, "That is down 8.3 Ml/d", "That is down 3.8 Ml/d",
  "Leakage averaged 176.2 Ml/d on a three-year rolling basis. That is down 8.3 Ml/d, or 4.5%, on the 184.5 Ml/d reported last year",
  "184.5 − 176.2 = 8.3 Ml/d, not 3.8.", ["change"])
m(E6, "we met 14 of 19 (73.7%)", "we met 14 of 19 (78.9%)",
  "Of our 19 performance commitments, we met 14 of 19 (73.7%) and missed 5.",
  "14/19 = 73.7%, not 78.9%.", ["fraction"])
m(E6, "we ranked 4th of 11", "we ranked 14th of 11",
  "On the C-MeX customer experience measure, we ranked 4th of 11 water and sewerage companies, up from 7th.",
  "14th of 11 is impossible (and 7th → 14th would not be 'up').", ["rank"])
m(E6, "an average of 1,830 per month", "an average of 2,830 per month",
  "Our teams carried out 21,960 leak repairs during the year, an average of 1,830 per month",
  "21,960/12 = 1,830 per month, not 2,830.", ["average"])
m(E6, "lower than last year's 141.2 litres", "higher than last year's 141.2 litres",
  "Per capita consumption fell to 138.6 litres per person per day, lower than last year's 141.2 litres, a reduction of 2.6 litres.",
  "138.6 < 141.2, so 'higher than' is wrong.", ["compare"])

# ------------------------------------------------------------------ en07
m(E7, "trading through our two charity shops: £214,500", "trading through our two charity shops: £241,500",
  "Total income for the year was £3,842,600, compared with £3,517,900 in 2022/23, an increase of £324,700 or 9.2%. Income came from:\n   - donations and legacies: £1,516,300;\n   - grants from trusts, foundations and the local authority: £1,204,900;\n   - charitable activities, mainly council-commissioned contracts: £842,700;\n   - trading through our two charity shops: £214,500;\n   - investment income: £64,200.",
  "1,516,300 + 1,204,900 + 842,700 + 241,500 + 64,200 = 3,869,600, not £3,842,600.", ["sum"])
m(E7, "an increase of £324,700 or 9.2%", "an increase of £324,700 or 19.2%",
  "Total income for the year was £3,842,600, compared with £3,517,900 in 2022/23, an increase of £324,700 or 9.2%.",
  "324,700/3,517,900 = 9.2%, not 19.2%.", ["change"])
m(E7, "of whom 3,104 were children (39.2%)", "of whom 3,104 were children (59.2%)",
  "Behind those numbers are 7,912 individuals we supported directly, of whom 3,104 were children (39.2%).",
  "3,104/7,912 = 39.2%, not 59.2%.", ["share"])
m(E7, "an average of 90 hours each", "an average of 109 hours each",
  "Some 426 people gave a combined 38,340 hours to the Trust, an average of 90 hours each",
  "38,340/426 = 90 hours, not 109.", ["average"])
m(E7, "This is below the range set by our reserves policy", "This is within the range set by our reserves policy",
  "The trustees aim to hold free reserves equal to between three and four months of total expenditure, so that services could be wound down responsibly if a major funder withdrew. At 31 March 2024 free reserves stood at £612,000, equivalent to 2.0 months of expenditure. This is below the range set by our reserves policy",
  "2.0 months is outside (below) the 3–4 month policy range, so 'within' is wrong.", ["status"])
m(E7, "twice as many school partners", "three times as many school partners",
  "The Family Kitchen now runs in partnership with 24 primary and secondary schools, twice as many school partners as last year (12).",
  "24 is twice 12, not three times.", ["compare"])
m(E7, "net income of £144,300", "net income of £184,300",
  "Total income for the year was £3,842,600, compared with £3,517,900 in 2022/23, an increase of £324,700 or 9.2%. Income came from:\n   - donations and legacies: £1,516,300;\n   - grants from trusts, foundations and the local authority: £1,204,900;\n   - charitable activities, mainly council-commissioned contracts: £842,700;\n   - trading through our two charity shops: £214,500;\n   - investment income: £64,200.\n\nTotal expenditure was £3,698,300. Of this, £3,129,400 (84.6%) was spent on charitable activities, £512,600 on raising funds and £56,300 on other costs, principally the revaluation of our shop fit-out. Every £1 spent on fundraising generated £2.96 in donations and legacies.\n\nThe result was net income of £144,300 for the year",
  "3,842,600 − 3,698,300 = 144,300, not £184,300.", ["difference"])
m(E7, "We met 6 of 8 targets (75%)", "We met 6 of 8 targets (85%)",
  "The strategy set eight measurable targets for 2023/24. We met 6 of 8 targets (75%).",
  "6/8 = 75%, not 85%.", ["fraction"])

# ------------------------------------------------------------------ en08
m(E8, "2,910 supported and older persons' homes", "2,190 supported and older persons' homes",
  "We own or manage **21,640 homes**: 17,285 general needs, 2,910 supported and older persons' homes, and 1,445 shared ownership homes.",
  "17,285 + 2,190 + 1,445 = 20,920, not 21,640.", ["sum"])
m(E8, "of which 3,318 were emergencies (22.3%)", "of which 3,318 were emergencies (32.3%)",
  "We completed 14,862 responsive repairs in the quarter, of which 3,318 were emergencies (22.3%).",
  "3,318/14,862 = 22.3%, not 32.3%.", ["share"])
m(E8, "| 98.6% |", "| 96.8% |",
  "| Emergency (24 hours) | 3,318 | 3,271 | 98.6% | 98.0% | Met |",
  "3,271/3,318 = 98.6%, not 96.8% (96.8% would also contradict 'Met' against 98.0%).", ["fraction"])
m(E8, "| 90.0% | Not met |", "| 90.0% | Met |",
  "| Routine (28 days) | 11,544 | 9,912 | 85.9% | 90.0% | Not met |",
  "85.9% is below the 90.0% target, so 'Met' is wrong.", ["status"])
m(E8, "a rise of 53.6%", "a rise of 35.6%",
  "642 new cases were logged, up from 418 in Q1, a rise of 53.6%",
  "(642 − 418)/418 = 53.6%, not 35.6%.", ["change"])
m(E8, "placing us 9th of 15", "placing us 19th of 15",
  "Overall tenant satisfaction was 71.4% in the rolling TSM survey, placing us 9th of 15 in our HouseMark peer group.",
  "19th of 15 is impossible.", ["rank"])
m(E8, "improved by 5.7 days on Q1", "improved by 7.5 days on Q1",
  "Average time to relet an empty home was 38.4 days, still above the 30-day target but improved by 5.7 days on Q1 (44.1 days).",
  "44.1 − 38.4 = 5.7 days, not 7.5.", ["difference", "change"])
m(E8, "lower than the 3.80% at the end of Q1", "higher than the 3.80% at the end of Q1",
  "Current tenant arrears fell to 3.42% of the annual rent debit, lower than the 3.80% at the end of Q1 and within the 3.50% target.",
  "3.42% < 3.80%, so 'higher than' is wrong.", ["compare"])

# ------------------------------------------------------------------ en09
m(E9, "Paratransit (Access)            1.18 million", "Paratransit (Access)            1.81 million",
  "    Bus (local and express)        71.84 million\n    Light rail                     38.27 million\n    Commuter rail                   9.63 million\n    Bus rapid transit (RapidLine)   7.54 million\n    Paratransit (Access)            1.18 million\n    Total                         128.46 million",
  "71.84 + 38.27 + 9.63 + 7.54 + 1.81 = 129.09, not 128.46 million.", ["sum"])
m(E9, "up 7.8% from 119.17 million", "up 9.8% from 119.17 million",
  "The system carried 128.46 million boardings, up 7.8% from 119.17 million in FY2023.",
  "128.46/119.17 − 1 = 7.8%, not 9.8%.", ["change"])
m(E9, "That is 83.2% of the 154.32 million", "That is 88.2% of the 154.32 million",
  "The system carried 128.46 million boardings, up 7.8% from 119.17 million in FY2023. That is 83.2% of the 154.32 million boardings recorded in FY2019",
  "128.46/154.32 = 83.2%, not 88.2%.", ["percent"])
m(E9, "which fell short of the Board-adopted goal of 85%", "which exceeded the Board-adopted goal of 85%",
  "Bus on-time performance was 81.6%, which fell short of the Board-adopted goal of 85%.",
  "81.6% < 85%, so 'exceeded' is wrong.", ["status"])
m(E9, "more than five times as many riders", "more than seven times as many riders",
  "Bus rapid transit (RapidLine)   7.54 million\n    Paratransit (Access)            1.18 million\n    Total                         128.46 million\n\nBus remains the backbone of the network, carrying 55.9% of all boardings. Light rail grew fastest, rising 12.4% from 34.06 million to 38.27 million, driven by the opening of the Eastside extension in February 2024. Light rail now carries more than five times as many riders as RapidLine.",
  "38.27/7.54 = 5.1 times, not more than seven times.", ["compare"])
m(E9, "ranked 3rd of 12 peer agencies", "ranked 13th of 12 peer agencies",
  "CRTA ranked 3rd of 12 peer agencies in the American Public Transportation Association's recovery comparison.",
  "13th of 12 is impossible.", ["rank"])
m(E9, "Monthly boardings averaged 10.71 million", "Monthly boardings averaged 12.71 million",
  "The system carried 128.46 million boardings, up 7.8% from 119.17 million in FY2023. That is 83.2% of the 154.32 million boardings recorded in FY2019, the last full year before the pandemic. Monthly boardings averaged 10.71 million.",
  "128.46/12 = 10.71 million a month, not 12.71.", ["average"])
m(E9, "61 of 97 bus routes (62.9%)", "61 of 97 bus routes (69.2%)",
  "At route level, 61 of 97 bus routes (62.9%) recorded year-over-year growth.",
  "61/97 = 62.9%, not 69.2%.", ["fraction"])

# ------------------------------------------------------------------ en10
m(E10, "| Other state revenue | $28.3m |", "| Other state revenue | $23.8m |",
  "| Local Control Funding Formula (LCFF) | $192.4m |\n| Federal revenue | $14.6m |\n| Other state revenue | $28.3m |\n| Other local revenue | $11.5m |\n| **Total revenues** | **$246.8m** |",
  "192.4 + 14.6 + 23.8 + 11.5 = 242.3, not $246.8m.", ["sum"])
m(E10, "an ending balance of $31.6m", "an ending balance of $33.1m",
  "Expenditures exceed revenues by $4.5m in 2025-26. The beginning fund balance of $36.1m is therefore projected to fall to an ending balance of $31.6m.",
  "36.1 − 4.5 = 31.6, not 33.1.", ["difference"])
m(E10, "or 82.1% of expenditures", "or 88.1% of expenditures",
  "Total expenditures are projected at **$251.3 million**:\n\n| Object | Amount |\n|---|---:|\n| Certificated salaries | $98.7m |\n| Classified salaries | $36.2m |\n| Employee benefits | $71.4m |\n| Books and supplies | $9.8m |\n| Services and other operating | $27.6m |\n| Capital outlay | $2.1m |\n| Other outgo | $5.5m |\n| **Total expenditures** | **$251.3m** |\n\nSalaries and benefits together come to $206.3m, or 82.1% of expenditures",
  "206.3/251.3 = 82.1%, not 88.1%.", ["share"])
m(E10, "an average of $7.3m a year", "an average of $8.3m a year",
  "Over the three years deficit spending totals $21.9m, an average of $7.3m a year.",
  "21.9/3 = 7.3 a year, not 8.3.", ["average"])
m(E10, "This exceeds the 3% minimum", "This falls short of the 3% minimum",
  "Within that balance, the Reserve for Economic Uncertainties is $12.1m, or 4.8% of expenditures. This exceeds the 3% minimum required for a district of our size, which would be $7.54m.",
  "4.8% ($12.1m) is above the 3% minimum ($7.54m), so 'falls short' is wrong.", ["status"])
m(E10, "down 1.9% from 19,104", "down 3.9% from 19,104",
  "Enrollment is projected at 18,742 students in 2025-26, down 1.9% from 19,104 this year.",
  "(19,104 − 18,742)/19,104 = 1.9%, not 3.9%.", ["change"])
m(E10, "This decline is steeper than", "This decline is gentler than",
  "Enrollment is projected at 18,742 students in 2025-26, down 1.9% from 19,104 this year. This decline is steeper than the county average decline of 1.2%",
  "A 1.9% decline is larger than the 1.2% county average, so 'gentler' is wrong.", ["compare"])
m(E10, "ranks us 6th of 14 districts", "ranks us 16th of 14 districts",
  "Spending per student works out at $13,408, which ranks us 6th of 14 districts in the county.",
  "16th of 14 is impossible.", ["rank"])

with open(os.path.join(ROOT, "mutations.json"), "w", encoding="utf-8") as f:
    json.dump(M, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(M), "mutations written")

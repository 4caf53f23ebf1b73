"""Every checked claim of the clean texts: (claim id, file, window, check).

check(w) receives a Win over the window text and returns True when the figures
in the window agree.  Mutations in make_mutations.py point at one claim each
and must make that claim's check return False.
"""
from lib import pct_ok, round_ok, change_ok, close

V1 = 'docs/vi01_doan_thanh_nien_2024.txt'
V2 = 'docs/vi02_thu_chi_bhxh_2024.md'
V3 = 'docs/vi03_san_xuat_dong_xuan.txt'
V4 = 'docs/vi04_phong_chong_thien_tai.md'
V5 = 'docs/vi05_nhcsxh_huyen_2024.txt'
E6 = 'docs/en06_library_annual_review.md'
E7 = 'docs/en07_fire_rescue_performance.txt'
E8 = 'docs/en08_university_admissions.md'
E9 = 'docs/en09_tourism_statistics_bulletin.txt'
E10 = 'docs/en10_waste_recycling_report.md'

CLAIMS = [
# ---------------- vi01 Đoàn thanh niên ----------------
('v1_members', V1,
 'toàn huyện có 12.486 đoàn viên, trong đó khối nông thôn 7.352 đoàn viên, khối trường học 3.018 đoàn viên, khối lực lượng vũ trang, cơ quan và doanh nghiệp 2.116 đoàn viên',
 lambda w: close(w.v('có') , w.v('nông thôn') + w.v('trường học') + w.v('doanh nghiệp'))),
('v1_training', V1,
 'có kế hoạch 2.400 lượt, thực tế tổ chức được 2.215 lượt, đạt 92,3%, chưa đạt kế hoạch',
 lambda w: pct_ok(w.v('tổ chức được'), w.v('kế hoạch'), w.v('đạt')) and
           ((w.v('đạt') < 100) == w.has('chưa đạt')) and not w.has('vượt')),
('v1_volunteer', V1,
 'có 9.540 lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện, tăng 12,4% so với năm 2023 (8.488 lượt)',
 lambda w: change_ok(w.v('năm 2023 ('), w.v('có'),
                     (1 if w.has('tăng') else -1) * w.v('tăng' if w.has('tăng') else 'giảm'))),
('v1_works', V1,
 'thực hiện 27 công trình, phần việc thanh niên với tổng giá trị 3,85 tỷ đồng; gồm 11 công trình cấp huyện, giá trị 2,14 tỷ đồng và 16 công trình cấp cơ sở, giá trị 1,71 tỷ đồng',
 lambda w: close(w.v('thực hiện'), w.v('gồm') + w.v('và')) and
           close(w.v('tổng giá trị'), w.v('cấp huyện, giá trị') + w.v('cấp cơ sở, giá trị'))),
('v1_blood', V1,
 'vận động được 1.326 đơn vị máu, vượt 10,5% chỉ tiêu Tỉnh Đoàn giao (1.200 đơn vị)',
 lambda w: change_ok(w.v('giao ('), w.v('được'), w.v('vượt'))),
('v1_loan_avg', V1,
 'đạt 14,6 tỷ đồng với 312 hộ vay, bình quân 46,8 triệu đồng/hộ',
 lambda w: round_ok(w.v('đạt') * 1000 / w.v('với'), w.v('bình quân'))),
('v1_unemp', V1,
 'giảm từ 6,8% (năm 2023) xuống 5,1%, tức giảm 1,7 điểm phần trăm',
 lambda w: close(w.v('giảm từ') - w.v('xuống'), w.v('tức giảm'))),
('v1_newmembers', V1,
 'kết nạp 1.248 đoàn viên mới, đạt 104,0% kế hoạch năm (kế hoạch 1.200 đoàn viên)',
 lambda w: pct_ok(w.v('kết nạp'), w.v('(kế hoạch'), w.v('đạt'))),
('v1_party', V1,
 'giới thiệu 186 đoàn viên ưu tú cho chi bộ xem xét, trong đó 152 đồng chí đã được kết nạp vào Đảng, đạt tỷ lệ 81,7%',
 lambda w: pct_ok(w.v('trong đó'), w.v('giới thiệu'), w.v('tỷ lệ'))),
('v1_grading', V1,
 'trong tổng số 64 cơ sở đoàn có 18 cơ sở hoàn thành xuất sắc nhiệm vụ, 31 cơ sở hoàn thành tốt nhiệm vụ, 12 cơ sở hoàn thành nhiệm vụ và 3 cơ sở không hoàn thành nhiệm vụ. Như vậy tỷ lệ cơ sở đoàn hoàn thành tốt nhiệm vụ trở lên là 76,6%',
 lambda w: close(w.v('tổng số'), w.v('đoàn có') + w.v('xuất sắc nhiệm vụ,') + w.v('tốt nhiệm vụ,') + w.v('nhiệm vụ và'))
           and pct_ok(w.v('đoàn có') + w.v('xuất sắc nhiệm vụ,'), w.v('tổng số'), w.v('trở lên là'))),
('v1_targets', V1,
 'Huyện Đoàn thực hiện 19 chỉ tiêu theo Nghị quyết của Ban Chấp hành; kết quả có 17/19 chỉ tiêu đạt và vượt, chiếm 89,5%; 2 chỉ tiêu chưa đạt',
 lambda w: pct_ok(w.v('kết quả có'), w.v('kết quả có', 1), w.v('chiếm'))
           and close(w.v('kết quả có') + w.v('chiếm', 1), w.v('thực hiện'))
           and close(w.v('kết quả có', 1), w.v('thực hiện'))),
('v1_rank', V1,
 'Huyện Đoàn Thạch An xếp thứ 4/15 huyện, thành đoàn',
 lambda w: 1 <= w.v('xếp thứ') <= w.v('xếp thứ', 1)),
# ---------------- vi02 BHXH ----------------
('v2_row_bb', V2, '| BHXH bắt buộc | 215.000 | 218.460 | 101,6% | Vượt |',
 lambda w: pct_ok(w.v('|', 1), w.v('|', 0), w.v('|', 2)) and w.v('|', 2) > 100),
('v2_row_tn', V2, '| BHXH tự nguyện | 45.000 | 41.275 | 91,7% | Chưa đạt |',
 lambda w: pct_ok(w.v('|', 1), w.v('|', 0), w.v('|', 2)) and (w.v('|', 2) < 100) == w.has('chưa đạt')
           and not (w.v('|', 2) < 100 and (w.has('vượt') or w.has('| đạt'))) ),
('v2_row_btn', V2, '| Bảo hiểm thất nghiệp | 198.500 | 201.318 | 101,4% | Vượt |',
 lambda w: pct_ok(w.v('|', 1), w.v('|', 0), w.v('|', 2))),
('v2_row_yt', V2, '| Bảo hiểm y tế | 1.380.000 | 1.386.540 | 100,5% | Đạt |',
 lambda w: pct_ok(w.v('|', 1), w.v('|', 0), w.v('|', 2))),
('v2_cover', V2,
 'Số người tham gia BHYT đạt 1.386.540 người trên dân số ước 1.481.300 người, tỷ lệ bao phủ 93,6%; tỉnh xếp thứ 9/63 tỉnh',
 lambda w: pct_ok(w.v('đạt'), w.v('dân số ước'), w.v('bao phủ')) and w.v('xếp thứ') <= w.v('xếp thứ', 1)),
('v2_plan', V2,
 'Tổng số thu năm 2024 đạt 6.842,7 tỷ đồng, đạt 101,3% kế hoạch Bảo hiểm xã hội Việt Nam giao (6.755,0 tỷ đồng), tăng 8,6% so với năm 2023 (6.300,8 tỷ đồng)',
 lambda w: pct_ok(w.v('năm 2024 đạt'), w.v('giao ('), w.v('tỷ đồng, đạt'))
           and change_ok(w.v('so với năm 2023 ('), w.v('năm 2024 đạt'), w.v('tăng') * (1 if w.has('tăng') else -1))),
('v2_revsum', V2,
 '6.842,7 tỷ đồng, đạt 101,3% kế hoạch Bảo hiểm xã hội Việt Nam giao (6.755,0 tỷ đồng), tăng 8,6% so với năm 2023 (6.300,8 tỷ đồng). Trong đó:\n\n- thu BHXH bắt buộc: 4.215,3 tỷ đồng;\n- thu BHXH tự nguyện: 186,4 tỷ đồng;\n- thu BHYT: 2.198,6 tỷ đồng;\n- thu bảo hiểm thất nghiệp: 242,4 tỷ đồng.',
 lambda w: close(w.v(''), w.v('bắt buộc:') + w.v('tự nguyện:') + w.v('thu BHYT:') + w.v('thất nghiệp:'), 1e-6)),
('v2_vol', V2,
 'số thu BHXH tự nguyện chỉ đạt 186,4 tỷ đồng, thấp hơn năm 2023 (192,7 tỷ đồng), giảm 3,3%',
 lambda w: ((w.v('chỉ đạt') < w.v('năm 2023 (')) == w.has('thấp hơn'))
           and ((w.v('chỉ đạt') > w.v('năm 2023 (')) == w.has('cao hơn'))
           and change_ok(w.v('năm 2023 ('), w.v('chỉ đạt'), -w.v('giảm'))),
('v2_arrears', V2,
 'Tỷ lệ chậm đóng đã giảm từ 2,65% năm 2023 xuống 2,02%, tức giảm 0,63 điểm phần trăm',
 lambda w: close(w.v('giảm từ') - w.v('xuống'), w.v('tức giảm'))),
('v2_arrears_share', V2,
 'Số tiền chậm đóng đến 31/12/2024 là 138,2 tỷ đồng, bằng 2,02% số phải thu',
 lambda w: pct_ok(w.v('là'), 6842.7, w.v('bằng'), 2)),
('v2_ontime', V2,
 'giải quyết 38.562 hồ sơ hưởng các chế độ BHXH, BHTN; trong đó 38.062 hồ sơ được giải quyết đúng hạn, đạt 98,7%',
 lambda w: pct_ok(w.v('trong đó'), w.v('giải quyết'), w.v('đạt'))),
('v2_spend', V2,
 'là 9.126,4 tỷ đồng, gồm:\n\n- chi từ nguồn ngân sách nhà nước: 1.284,9 tỷ đồng;\n- chi từ quỹ BHXH: 5.162,8 tỷ đồng;\n- chi khám, chữa bệnh BHYT: 2.431,5 tỷ đồng;\n- chi từ quỹ bảo hiểm thất nghiệp: 247,2 tỷ đồng.',
 lambda w: close(w.v('là'), w.v('nhà nước:') + w.v('quỹ BHXH:') + w.v('bệnh BHYT:') + w.v('thất nghiệp:'))),
('v2_kcb_avg', V2,
 'Số lượt khám, chữa bệnh BHYT năm 2024 là 2.865.400 lượt; với số chi khám, chữa bệnh 2.431,5 tỷ đồng, chi bình quân 848,6 nghìn đồng/lượt',
 lambda w: round_ok(w.v('với số chi khám, chữa bệnh') * 1e9 / w.v('là') / 1000, w.v('bình quân'))),
('v2_cashless', V2,
 'có 24.816/31.420 người hưởng lương hưu, trợ cấp hằng tháng nhận qua tài khoản cá nhân, chiếm 79,0%',
 lambda w: pct_ok(w.v('có'), w.v('có', 1), w.v('chiếm'))),
# ---------------- vi03 Đông Xuân ----------------
('v3_area', V3,
 'đạt 18.624,5 ha, bằng 100,7% kế hoạch (18.500 ha). Trong đó: lúa 12.847,3 ha; ngô 2.315,6 ha; rau màu các loại 2.608,4 ha; cây công nghiệp ngắn ngày (lạc, đậu tương) 853,2 ha',
 lambda w: close(w.v('đạt'), w.v('lúa') + w.v('ngô') + w.v('các loại') + w.v('đậu tương)'))
           and pct_ok(w.v('đạt'), w.v('kế hoạch ('), w.v('bằng'))),
('v3_communes', V3,
 'Có 14/16 xã, thị trấn hoàn thành kế hoạch diện tích, đạt tỷ lệ 87,5%; hai xã còn lại',
 lambda w: pct_ok(w.v('Có'), w.v('Có', 1), w.v('tỷ lệ')) and close(w.v('Có', 1) - w.v('Có'), 2)),
('v3_quality', V3,
 'lúa thơm đạt 9.364,2 ha trên tổng số 12.847,3 ha lúa, chiếm 72,9%',
 lambda w: pct_ok(w.v('đạt'), w.v('tổng số'), w.v('chiếm'))),
('v3_yield', V3,
 'Năng suất lúa bình quân toàn huyện ước đạt 68,4 tạ/ha, tăng 2,1 tạ/ha so với vụ Đông Xuân 2023-2024 (66,3 tạ/ha); sản lượng lúa ước đạt 87.875,5 tấn',
 lambda w: close(w.v('ước đạt') - w.v('2023-2024 ('), w.v('tăng'))
           and round_ok(12847.3 * w.v('ước đạt') / 10, w.v('sản lượng lúa ước đạt'))),
('v3_rank', V3, 'huyện xếp thứ 2/9 huyện, thành phố trong tỉnh',
 lambda w: 1 <= w.v('xếp thứ') <= w.v('xếp thứ', 1)),
('v3_maize', V3,
 'Cây ngô đạt năng suất 58,2 tạ/ha, chưa đạt kế hoạch đề ra là 60 tạ/ha (bằng 97,0% kế hoạch)',
 lambda w: pct_ok(w.v('năng suất'), w.v('đề ra là'), w.v('bằng'))
           and (w.v('năng suất') < w.v('đề ra là')) == w.has('chưa đạt') and not w.has('vượt')),
('v3_harvest', V3,
 'thực hiện trên 11.820 ha, chiếm 92,0% diện tích lúa',
 lambda w: pct_ok(w.v('trên'), 12847.3, w.v('chiếm'))),
('v3_pests', V3,
 'tổng diện tích lúa bị nhiễm sâu bệnh trong vụ là 1.245 ha, giảm 18,6% so với cùng kỳ (1.529 ha)',
 lambda w: change_ok(w.v('cùng kỳ ('), w.v('trong vụ là'), -w.v('giảm') if w.has('giảm') else w.v('tăng'))),
('v3_price', V3,
 'Giá lúa tươi tại ruộng bình quân vụ này đạt 7.850 đồng/kg, cao hơn vụ trước 650 đồng/kg (vụ Đông Xuân 2023-2024 là 7.200 đồng/kg)',
 lambda w: close(w.v('này đạt') - w.v('2023-2024 là'), w.v('vụ trước') * (1 if w.has('cao hơn') else -1))),
('v3_profit', V3,
 'Với năng suất 68,4 tạ/ha, doanh thu bình quân ước đạt 53,7 triệu đồng/ha; trừ chi phí sản xuất khoảng 25,1 triệu đồng/ha, lợi nhuận bình quân đạt 28,6 triệu đồng/ha',
 lambda w: round_ok(w.v('năng suất') * 100 * 7850 / 1e6, w.v('ước đạt'))
           and close(w.v('ước đạt') - w.v('khoảng'), w.v('lợi nhuận bình quân đạt'))),
('v3_pigs', V3,
 'Tổng đàn lợn hiện có 86.420 con, tăng 4,3% so với cùng kỳ (82.857 con)',
 lambda w: change_ok(w.v('cùng kỳ ('), w.v('hiện có'), w.v('tăng'))),
# ---------------- vi04 Thiên tai ----------------
('v4_events', V4,
 'tỉnh chịu ảnh hưởng của 14 đợt thiên tai, gồm:\n\n- 3 cơn bão và áp thấp nhiệt đới;\n- 5 đợt mưa lớn gây lũ, ngập úng;\n- 4 đợt dông, lốc, sét, mưa đá;\n- 2 đợt sạt lở đất',
 lambda w: close(w.v('của'), w.v('gồm:') + w.v('nhiệt đới;') + w.v('ngập úng;') + w.v('mưa đá;'))),
('v4_people', V4,
 '9 người chết và mất tích (7 người chết, 2 người mất tích)',
 lambda w: close(w.v(''), w.v('(') + w.v('chết,'))),
('v4_houses', V4,
 '4.286 nhà bị ảnh hưởng; trong đó 152 nhà bị sập đổ, cuốn trôi hoàn toàn, 4.134 nhà bị hư hỏng',
 lambda w: close(w.v(''), w.v('trong đó') + w.v('hoàn toàn,'))),
('v4_crops', V4,
 '8.915 ha lúa và hoa màu bị ngập, hư hại, bằng 12,8% tổng diện tích gieo trồng vụ Mùa (69.648 ha)',
 lambda w: pct_ok(w.v(''), w.v('vụ Mùa ('), w.v('bằng'))),
('v4_damage', V4,
 'tổng giá trị thiệt hại ước 1.247,6 tỷ đồng, gấp 2,4 lần năm 2023 (519,8 tỷ đồng). Tính bình quân cho 14 đợt thiên tai trong năm, mỗi đợt gây thiệt hại khoảng 89,1 tỷ đồng',
 lambda w: round_ok(w.v('ước') / w.v('năm 2023 ('), w.v('gấp'))
           and round_ok(w.v('ước') / w.v('bình quân cho'), w.v('khoảng'))),
('v4_support', V4,
 'là 186,5 tỷ đồng, gồm:\n\n- ngân sách trung ương hỗ trợ: 95,0 tỷ đồng;\n- ngân sách tỉnh: 62,3 tỷ đồng;\n- Quỹ phòng, chống thiên tai tỉnh: 18,7 tỷ đồng;\n- nguồn vận động, ủng hộ của các tổ chức, cá nhân: 10,5 tỷ đồng.',
 lambda w: close(w.v('là'), w.v('hỗ trợ:') + w.v('tỉnh:') + w.v('thiên tai tỉnh:') + w.v('cá nhân:'))),
('v4_fund', V4,
 'Số thu Quỹ phòng, chống thiên tai năm 2024 đạt 48,72 tỷ đồng, bằng 87,0% kế hoạch (56,0 tỷ đồng), chưa đạt kế hoạch',
 lambda w: pct_ok(w.v('2024 đạt'), w.v('kế hoạch ('), w.v('bằng'))
           and (w.v('bằng') < 100) == w.has('chưa đạt') and not w.has('vượt')),
('v4_dams', V4,
 'Hồ chứa: 126/138 hồ chứa thủy lợi bảo đảm an toàn trong mùa mưa lũ, chiếm 91,3%; 12 hồ còn lại',
 lambda w: pct_ok(w.v('Hồ chứa:'), w.v('Hồ chứa:', 1), w.v('chiếm'))
           and close(w.v('Hồ chứa:', 1) - w.v('Hồ chứa:'), w.v('91,3%;'))),
('v4_dikes', V4,
 'kiên cố hóa được 42,6 km đê trên tổng số 58,0 km theo kế hoạch, đạt 73,4%',
 lambda w: pct_ok(w.v('được'), w.v('tổng số'), w.v('đạt'))),
('v4_drills', V4,
 'Diễn tập: 112/145 xã, phường, thị trấn đã tổ chức diễn tập phòng, chống thiên tai cấp xã, đạt 77,2%',
 lambda w: pct_ok(w.v('Diễn tập:'), w.v('Diễn tập:', 1), w.v('đạt'))),
# ---------------- vi05 NHCSXH ----------------
('v5_funds', V5,
 'tổng nguồn vốn của Phòng giao dịch đạt 1.286,4 tỷ đồng, tăng 112,7 tỷ đồng so với đầu năm (1.173,7 tỷ đồng), tốc độ tăng 9,6%. Cơ cấu nguồn vốn gồm: nguồn vốn trung ương 1.108,9 tỷ đồng; nguồn vốn ngân sách địa phương ủy thác 142,3 tỷ đồng; nguồn huy động tiết kiệm qua tổ tiết kiệm và vay vốn 35,2 tỷ đồng',
 lambda w: close(w.v('giao dịch đạt') - w.v('đầu năm ('), w.v('tăng'))
           and pct_ok(w.v('tăng'), w.v('đầu năm ('), w.v('tốc độ tăng'))
           and close(w.v('giao dịch đạt'), w.v('trung ương') + w.v('ủy thác') + w.v('vay vốn'))),
('v5_local', V5,
 'ngân sách địa phương ủy thác 142,3 tỷ đồng; nguồn huy động tiết kiệm qua tổ tiết kiệm và vay vốn 35,2 tỷ đồng.\n\nRiêng nguồn vốn ngân sách địa phương ủy thác, kế hoạch năm là 135 tỷ đồng; với số thực hiện như trên, chỉ tiêu này đạt 105,4%, vượt kế hoạch',
 lambda w: pct_ok(w.v('ủy thác'), w.v('kế hoạch năm là'), w.v('này đạt'))
           and (w.v('này đạt') > 100) == w.has('vượt kế hoạch') and not w.has('chưa đạt')),
('v5_flows', V5,
 'Doanh số cho vay trong năm đạt 412,6 tỷ đồng với 8.214 lượt khách hàng; doanh số thu nợ đạt 298,1 tỷ đồng. Như vậy, dư nợ tăng 114,5 tỷ đồng',
 lambda w: close(w.v('năm đạt') - w.v('thu nợ đạt'), w.v('dư nợ tăng'))),
('v5_avg', V5,
 'Tổng dư nợ đến 31/12/2024 đạt 1.279,8 tỷ đồng, đạt 99,5% kế hoạch giao (1.286,4 tỷ đồng), với 24.156 hộ còn dư nợ; dư nợ bình quân 53,0 triệu đồng/hộ',
 lambda w: pct_ok(w.v('2024 đạt'), w.v('giao ('), w.v('tỷ đồng, đạt'))
           and round_ok(w.v('2024 đạt') * 1000 / w.v('với'), w.v('bình quân'))),
('v5_programs', V5,
 'Tổng dư nợ đến 31/12/2024 đạt 1.279,8 tỷ đồng, đạt 99,5% kế hoạch giao (1.286,4 tỷ đồng), với 24.156 hộ còn dư nợ; dư nợ bình quân 53,0 triệu đồng/hộ. Dư nợ theo từng chương trình như sau: cho vay hộ nghèo 186,2 tỷ đồng; hộ cận nghèo 214,5 tỷ đồng; hộ mới thoát nghèo 98,7 tỷ đồng; hộ sản xuất kinh doanh tại vùng khó khăn 402,3 tỷ đồng; nước sạch và vệ sinh môi trường nông thôn 168,4 tỷ đồng; hỗ trợ tạo việc làm, duy trì và mở rộng việc làm 139,8 tỷ đồng; học sinh, sinh viên 24,6 tỷ đồng; nhà ở xã hội 45,3 tỷ đồng.',
 lambda w: close(w.v('2024 đạt'), sum(w.v(a) for a in ['hộ nghèo', 'cận nghèo', 'thoát nghèo', 'khó khăn', 'nông thôn', 'rộng việc làm', 'sinh viên', 'xã hội']))),
('v5_overdue', V5,
 'Nợ quá hạn đến cuối năm là 1,94 tỷ đồng, chiếm 0,15% tổng dư nợ (1.279,8 tỷ đồng); tỷ lệ nợ quá hạn đã giảm từ 0,21% cuối năm 2023 xuống 0,15%',
 lambda w: pct_ok(w.v('cuối năm là'), w.v('dư nợ ('), w.v('chiếm'), 2) and w.v('giảm từ') > w.v('xuống')),
('v5_communes', V5, 'Có 17/18 xã, thị trấn có tỷ lệ nợ quá hạn dưới 0,3%',
 lambda w: w.v('Có') <= w.v('Có', 1)),
('v5_groups', V5,
 'Toàn huyện có 412 tổ tiết kiệm và vay vốn hoạt động qua 4 tổ chức chính trị - xã hội nhận ủy thác. Kết quả đánh giá năm 2024 có 386 tổ xếp loại tốt, chiếm 93,7%',
 lambda w: pct_ok(w.v('2024 có'), w.v('huyện có'), w.v('chiếm'))),
('v5_rank', V5, 'xếp thứ 2/11 đơn vị về chất lượng hoạt động',
 lambda w: 1 <= w.v('xếp thứ') <= w.v('xếp thứ', 1)),
# ---------------- en06 Library ----------------
('e6_kpi', E6, 'Of the 11 key performance indicators agreed with the committee, 9 of 11 (81.8%) met or exceeded target. The two that did not',
 lambda w: pct_ok(w.v('committee,'), w.v('of'), w.v('(')) and close(w.v('Of the'), w.v('of')) and close(w.v('Of the') - w.v('committee,'), 2)),
('e6_visits', E6, 'Physical visits to our 14 branches reached 1,284,600, up 6.8% from 1,202,800 in 2023-24',
 lambda w: change_ok(w.v('from'), w.v('reached'), w.v('up') if w.has(' up ') else -w.v('down'))),
('e6_loans', E6,
 'Total loans for the year were 2,146,300, of which:\n\n- print books and other physical items: 1,412,900\n- e-books: 498,700\n- e-audiobooks: 234,700\n\nDigital formats therefore accounted for 34.2% of all lending',
 lambda w: close(w.v('were'), w.v('items:') + w.v('e-books:') + w.v('e-audiobooks:'))
           and pct_ok(w.v('e-books:') + w.v('e-audiobooks:'), w.v('were'), w.v('accounted for'))),
('e6_members', E6, 'Active membership stood at 96,420 at year end, equivalent to 31.5% of the borough\'s resident population of 306,100',
 lambda w: pct_ok(w.v('stood at'), w.v('population of'), w.v('equivalent to'))),
('e6_table_visits', E6, '| Physical visits | 1,202,800 | 1,284,600 | Up 6.8% |',
 lambda w: change_ok(w.v('|'), w.v('|', 1), w.v('Up'))),
('e6_events', E6, 'We ran 4,812 events during the year with a combined attendance of 118,240, an average of 24.6 people per event',
 lambda w: round_ok(w.v('attendance of') / w.v('ran'), w.v('average of'))),
('e6_src', E6, 'In the Summer Reading Challenge, 5,218 children signed up and 3,441 completed the challenge, a completion rate of 65.9%. This comfortably exceeded the 60% target',
 lambda w: pct_ok(w.v('up and'), w.v('Challenge,'), w.v('rate of'))
           and (w.v('rate of') >= w.v('. This')) == (w.has('exceeded') or w.has(' met'))
           and not w.has('short')),
('e6_vol', E6, 'Volunteers gave 9,860 hours of their time, twice as many as in 2022-23, when 4,930 hours were recorded',
 lambda w: close(w.v('gave') / w.v('when'), 2.0) == w.has('twice')
           and not w.has('three times') and not w.has('half')),
('e6_pc', E6, 'Sessions booked dropped from 212,400 to 187,900, a fall of 11.5%',
 lambda w: change_ok(w.v('from'), w.v('to'), -w.v('fall of'))),
('e6_hours', E6, 'Opening hours: 12 of 14 branches (85.7%) delivered',
 lambda w: pct_ok(w.v('hours:'), w.v('of'), w.v('('))),
('e6_turnover', E6, 'physical stock at year end totalled 584,300 items, which gives a turnover of 2.42 issues per item against a target of 2.6',
 lambda w: round_ok(1412900 / w.v('totalled'), w.v('turnover of'), 2)),
('e6_budget', E6,
 'Gross expenditure for 2024-25 was £8.42m, made up as follows:\n\n- staffing: £5.61m\n- book fund and digital stock: £1.18m\n- premises and utilities: £1.02m\n- IT, transport and other costs: £0.61m\n\nThis equates to a cost of £6.55 per visit',
 lambda w: close(w.v('was £'), w.v('staffing: £') + w.v('stock: £') + w.v('utilities: £') + w.v('costs: £'))
           and round_ok(w.v('was £') * 1e6 / 1284600, w.v('cost of £'), 2)),
('e6_rank', E6, 'the service ranked 4th of 16 comparable authorities',
 lambda w: 1 <= w.v('ranked') <= w.v('of')),
# ---------------- en07 Fire ----------------
('e7_incidents', E7,
 'We attended 14,386 incidents in 2024/25, up 3.1% on the 13,953 attended the previous year. Of these, 4,127 were fires, 5,962 were false alarms and 4,297 were special service calls',
 lambda w: change_ok(w.v('on the'), w.v('attended'), w.v('up') if w.has(' up ') else -w.v('down'))
           and close(w.v('attended'), w.v('Of these,') + w.v('fires,') + w.v('alarms and'))),
('e7_fires', E7, 'Fires split into 1,846 primary fires, which involve property, vehicles or casualties, and 2,281 secondary fires',
 lambda w: close(4127, w.v('into') + w.v('and'))),
('e7_adf', E7, 'Accidental dwelling fires, the measure we watch most closely, fell to 412 from 448 the year before, a reduction of 8.0%',
 lambda w: change_ok(w.v('from'), w.v('fell to'), -w.v('reduction of'))),
('e7_rtc', E7, 'We attended 826 collisions, which made up 19.2% of all special service calls',
 lambda w: pct_ok(w.v('attended'), 4297, w.v('made up'))),
('e7_response', E7,
 'within 10 minutes on 85% of occasions. This year the first appliance arrived within 10 minutes at 3,758 of 4,318 qualifying incidents (87.0%), so the standard was exceeded',
 lambda w: pct_ok(w.v('minutes at'), w.v('minutes at', 1), w.v('incidents ('))
           and (w.v('incidents (') >= w.v('on')) == (w.has('exceeded') or w.has('was met'))),
('e7_oncall', E7, 'On-call appliance availability improved from 71.9% to 78.4%, an increase of 6.5 percentage points',
 lambda w: close(w.v('to') - w.v('from'), w.v('increase of'))),
('e7_workforce', E7, 'we employed 612 full-time equivalent firefighters: 418 wholetime and 194 on-call',
 lambda w: close(w.v('employed'), w.v('firefighters:') + w.v('wholetime and'))),
('e7_safewell', E7, 'completed 21,460 Safe and Well visits against a target of 20,000, or 107.3% of target',
 lambda w: pct_ok(w.v('completed'), w.v('target of'), w.v('or'))),
('e7_audits', E7, 'Inspectors completed 1,184 fire safety audits of commercial premises against a target of 1,350 (87.7%), so the target was missed',
 lambda w: pct_ok(w.v('completed'), w.v('target of'), w.v('('))
           and (w.v('(') < 100) == w.has('was missed')),
('e7_finance', E7, 'The net revenue budget for 2024/25 was £46.8m. Outturn was £46.2m, an underspend of £0.6m, most of which came from vacancies in protection and control. With a resident population of 1,128,000, net spending equates to £40.96 per resident',
 lambda w: close(w.v('was £') - w.v('Outturn was £'), w.v('underspend of £'))
           and round_ok(w.v('Outturn was £') * 1e6 / w.v('population of'), w.v('equates to £'), 2)),
('e7_rank', E7, 'the Service ranked 7th of 44 fire and rescue services',
 lambda w: 1 <= w.v('ranked') <= w.v('of')),
# ---------------- en08 Admissions ----------------
('e8_target', E8, 'The University recruited 7,412 new full-time undergraduates against a planning target of 7,200, or 102.9% of target, and the target was exceeded',
 lambda w: pct_ok(w.v('recruited'), w.v('target of'), w.v('or'))),
('e8_apps', E8, 'We received 48,260 applications through UCAS for 2025 entry, up 4.7% on the 46,093 received for 2024 entry',
 lambda w: change_ok(w.v('on the'), w.v('received'), w.v('up'))),
('e8_rank', E8, 'Among the 12 universities in our mission group, Eastbridge ranked 3rd of 12 for year-on-year application growth',
 lambda w: 1 <= w.v('ranked') <= w.v('ranked', 1)),
('e8_offers', E8, 'Those 48,260 applications led to 33,780 offers, an offer rate of 70.0%',
 lambda w: pct_ok(w.v('led to'), w.v('Those'), w.v('rate of'))),
('e8_split', E8, 'Of the 7,412 new entrants, 6,138 were home students and 1,274 were international students. International students therefore made up 17.2% of the intake',
 lambda w: close(w.v('Of the'), w.v('entrants,') + w.v('students and'))
           and pct_ok(w.v('students and'), w.v('Of the'), w.v('made up'))),
('e8_table', E8,
 '| Arts and Humanities | 1,150 | 1,086 | 94.4% | Missed |\n| Business | 1,800 | 1,942 | 107.9% | Exceeded |\n| Engineering | 1,600 | 1,634 | 102.1% | Exceeded |\n| Health | 1,500 | 1,518 | 101.2% | Exceeded |\n| Science | 1,150 | 1,232 | 107.1% | Exceeded |\n| **Total** | **7,200** | **7,412** | **102.9%** | **Exceeded** |',
 lambda w: all(pct_ok(w.v(f, 1), w.v(f, 0), w.v(f, 2)) for f in ['Humanities |', 'Business |', 'Engineering |', 'Health |', 'Science |', 'Total** |'])
           and close(sum(w.v(f, 1) for f in ['Humanities |', 'Business |', 'Engineering |', 'Health |', 'Science |']), w.v('Total** |', 1))
           and close(sum(w.v(f, 0) for f in ['Humanities |', 'Business |', 'Engineering |', 'Health |', 'Science |']), w.v('Total** |', 0))
           and all(((w.v(f, 2) >= 100) == (w.t.split(f, 1)[1].split('\n')[0].rstrip(' |*').endswith('Exceeded')))
                   for f in ['Humanities |', 'Business |', 'Engineering |', 'Health |', 'Science |', 'Total** |'])),
('e8_clearing', E8, 'We recruited 1,348 students through Clearing, 18.2% of the total intake of 7,412',
 lambda w: pct_ok(w.v('recruited'), w.v('intake of'), w.v('Clearing,'))),
('e8_polar', E8, 'In 2025, 1,029 of the 6,138 home entrants (16.8%) came from quintile 1 areas, up from 14.9% for 2024 entry, an increase of 1.9 percentage points. The milestone of 16.0% for this year was therefore met',
 lambda w: pct_ok(w.v('2025,'), w.v('of the'), w.v('entrants ('))
           and close(w.v('entrants (') - w.v('up from'), w.v('increase of'))
           and (w.v('entrants (') >= w.v('milestone of')) == w.has('was therefore met')),
('e8_tariff', E8, 'The average UCAS tariff of entrants was 128 points, down from 131 points in 2024, a fall of 3 points',
 lambda w: close(w.v('from') - w.v('was'), w.v('fall of'))),
('e8_halls', E8, 'In total 5,104 new entrants took up a place in University-managed halls, 68.9% of the intake',
 lambda w: pct_ok(w.v('total'), 7412, w.v('halls,'))),
('e8_pgt', E8, 'postgraduate taught enrolments for September 2025 were 2,960, down from 3,215 a year earlier, a fall of 7.9%',
 lambda w: change_ok(w.v('from'), w.v('were'), -w.v('fall of'))),
# ---------------- en09 Tourism ----------------
('e9_trips', E9, 'An estimated 9.64 million visitor trips were made to the region in 2024. Day visits made up the bulk of these, at 6.12 million trips, while domestic overnight trips numbered 2.87 million and international visits 0.65 million',
 lambda w: close(w.v('estimated'), w.v('bulk of these, at') + w.v('numbered') + w.v('international visits'))),
('e9_nights', E9, 'Domestic overnight visitors stayed for an average of 3.1 nights per trip, giving about 8.9 million visitor nights',
 lambda w: round_ok(2.87 * w.v('average of'), w.v('about'))),
('e9_season', E9, 'The July to September quarter accounted for 3.47 million trips, or 36.0% of the annual total',
 lambda w: pct_ok(w.v('accounted for'), 9.64, w.v(', or'))),
('e9_spend', E9, 'Total visitor spending in the region reached £2,418m in 2024, up 7.9% on the £2,241m recorded in 2023',
 lambda w: change_ok(w.v('on the £'), w.v('reached £'), w.v('up'))),
('e9_categories', E9, 'Spending by category was as follows: accommodation £612m, food and drink £704m, shopping £498m, attractions and entertainment £286m, and travel within the region £318m. Food and drink has overtaken accommodation as the largest category',
 lambda w: close(2418, w.v('accommodation £') + w.v('drink £') + w.v('shopping £') + w.v('entertainment £') + w.v('region £'))
           and w.v('drink £') > w.v('accommodation £')),
('e9_intl', E9, 'International visitors made 0.65 million trips and spent £341m during their stay, an average of £524.6 per trip',
 lambda w: round_ok(w.v('spent £') / w.v('made'), w.v('average of £'))),
('e9_occ', E9, 'Hotel room occupancy averaged 76.3% across the year, up from 72.8% in 2023, an increase of 3.5 percentage points',
 lambda w: close(w.v('averaged') - w.v('up from'), w.v('increase of'))),
('e9_rank', E9, 'the region ranked 5th of 12 for average annual hotel occupancy',
 lambda w: 1 <= w.v('ranked') <= w.v('of')),
('e9_attr', E9, 'The annual attractions survey covered 45 paid and free attractions. Of these, 38 of 45 (84.4%) reported more visits',
 lambda w: pct_ok(w.v('these,'), w.v('these,', 1), w.v('(')) and close(w.v('covered'), w.v('these,', 1))),
('e9_cruise', E9, 'The port welcomed 64 cruise calls in 2024, twice as many as the 32 calls received in 2022',
 lambda w: close(w.v('welcomed') / w.v('as the'), 2.0) == w.has('twice') and not w.has('three times')),
('e9_jobs', E9, 'Tourism-related employment was estimated at 52,300 jobs, 9.8% of all employee jobs in the region (533,700)',
 lambda w: pct_ok(w.v('estimated at'), w.v('region ('), w.v('jobs,'))),
# ---------------- en10 Waste ----------------
('e10_total', E10, 'Households in the district produced 96,840 tonnes of waste in 2024/25, down 2.3% from 99,120 tonnes in 2023/24',
 lambda w: change_ok(w.v('from'), w.v('produced'), -w.v('down') if w.has('down') else w.v('up'))),
('e10_streams', E10,
 '| Kerbside dry recycling | 21,460 |\n| Garden waste | 14,820 |\n| Food waste | 6,310 |\n| Household Waste Recycling Centres (recycled fraction) | 4,930 |\n| **Total recycled and composted** | **47,520** |',
 lambda w: close(w.v('composted**'), w.v('recycling |') + w.v('Garden waste |') + w.v('Food waste |') + w.v('fraction) |'))),
('e10_rate', E10, 'The 47,520 tonnes recycled or composted, out of 96,840 tonnes collected, give a household recycling rate of 49.1%. The council therefore missed the 50% target in its corporate plan, although the gap has narrowed from 2.6 points last year to 0.9 points',
 lambda w: pct_ok(w.v('The'), w.v('out of'), w.v('rate of'))
           and (w.v('rate of') < w.v('missed the' if w.has('missed the') else 'met the')) == w.has('missed the')
           and round_ok(w.v('rate of') + w.v('year to'), 50.0)),
('e10_residual', E10, 'The remaining 49,320 tonnes were residual waste, of which 44,870 tonnes went to the energy-from-waste plant at Marsh Lane and 4,450 tonnes went to landfill. Landfill now accounts for just 4.6% of household waste, down from 7.9% in 2023/24, a reduction of 3.3 percentage points. With 118,600 households in the district, residual waste came to 416 kg per household',
 lambda w: close(w.v('remaining'), w.v('of which') + w.v('Lane and')) and close(96840 - 47520, w.v('remaining'))
           and pct_ok(w.v('Lane and'), 96840, w.v('just'))
           and close(w.v('down from') - w.v('just'), w.v('reduction of'))
           and round_ok(w.v('remaining') * 1000 / w.v('With'), w.v('came to'), 0)),
('e10_food', E10, 'In the March 2025 survey, 31,420 of the 52,800 households on the sampled rounds (59.5%)',
 lambda w: pct_ok(w.v('survey,'), w.v('of the'), w.v('rounds ('))),
('e10_garden', E10, 'The chargeable garden waste service had 41,360 subscribers at the end of the year, 34.9% of all households',
 lambda w: pct_ok(w.v('had'), 118600, w.v('year,'))),
('e10_hwrc', E10, 'received 11,240 tonnes of household waste, of which the 4,930 tonnes recycled represents 43.9%',
 lambda w: pct_ok(w.v('which the'), w.v('received'), w.v('represents'))),
('e10_missed', E10, 'Missed collections averaged 42 per 100,000 scheduled collections, well within the target of 50, so the target was met',
 lambda w: (w.v('averaged') <= w.v('target of')) == w.has('was met')),
('e10_fly', E10, 'There were 2,614 reported incidents, up from 2,380 the year before, a rise of 9.8%',
 lambda w: change_ok(w.v('up from'), w.v('were'), w.v('rise of'))),
('e10_cost', E10, 'The net cost of the waste service was £18.62m, comprising collection £9.84m, disposal £7.15m and the running of the Household Waste Recycling Centres £1.63m. This is equivalent to £157.0 per household',
 lambda w: close(w.v('was £'), w.v('collection £') + w.v('disposal £') + w.v('Centres £'))
           and round_ok(w.v('was £') * 1e6 / 118600, w.v('equivalent to £'))),
('e10_rank', E10, 'the council ranked 11th of 25 for net cost per household',
 lambda w: 1 <= w.v('ranked') <= w.v('of')),
]

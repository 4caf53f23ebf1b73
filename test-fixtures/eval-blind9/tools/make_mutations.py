"""Writes ../mutations.json.  Each mutation names the claim (see claims.py)
whose window it breaks; the window written to mutations.json is that claim's
window.  Run: python3 tools/make_mutations.py"""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from claims import CLAIMS

W = {cid: (f, win) for cid, f, win, _ in CLAIMS}

# (claim id, find, replace, tags, note)
M = [
# vi01
('v1_members', 'khối trường học 3.018', 'khối trường học 3.118', ['sum'], '7.352 + 3.118 + 2.116 = 12.586, not the stated total 12.486'),
('v1_newmembers', 'kết nạp 1.248 đoàn viên mới', 'kết nạp 1.148 đoàn viên mới', ['percent'], '1.148/1.200 = 95,7%, not 104,0% of plan'),
('v1_targets', 'có 17/19 chỉ tiêu', 'có 16/19 chỉ tiêu', ['fraction'], '16/19 = 84,2%, not 89,5%; and 16 + 2 unmet = 18, not 19'),
('v1_rank', 'xếp thứ 4/15', 'xếp thứ 17/15', ['rank'], 'rank 17 out of only 15 units'),
('v1_volunteer', 'tăng 12,4% so với năm 2023', 'giảm 12,4% so với năm 2023', ['change'], '9.540 vs 8.488 is a rise of 12,4%, not a fall'),
('v1_training', 'đạt 92,3%, chưa đạt kế hoạch', 'đạt 92,3%, vượt kế hoạch', ['status'], '2.215/2.400 = 92,3% is below plan, so "vượt kế hoạch" is wrong'),
('v1_loan_avg', 'bình quân 46,8 triệu', 'bình quân 56,8 triệu', ['average'], '14,6 tỷ / 312 hộ = 46,8 triệu/hộ, not 56,8'),
('v1_unemp', 'tức giảm 1,7 điểm', 'tức giảm 2,7 điểm', ['difference'], '6,8% - 5,1% = 1,7 điểm phần trăm, not 2,7'),
# vi02
('v2_revsum', 'thu BHYT: 2.198,6', 'thu BHYT: 2.298,6', ['sum'], '4.215,3 + 186,4 + 2.298,6 + 242,4 = 6.942,7, not the total 6.842,7'),
('v2_plan', 'đạt 101,3% kế hoạch', 'đạt 110,3% kế hoạch', ['percent'], '6.842,7/6.755,0 = 101,3%, not 110,3%'),
('v2_row_tn', '| 91,7% | Chưa đạt |', '| 91,7% | Vượt |', ['status'], '41.275 of a plan of 45.000 (91,7%) cannot be "Vượt"'),
('v2_plan', 'tăng 8,6% so với năm 2023', 'tăng 18,6% so với năm 2023', ['change'], '6.842,7/6.300,8 - 1 = 8,6%, not 18,6%'),
('v2_arrears', 'tức giảm 0,63 điểm', 'tức giảm 1,63 điểm', ['difference'], '2,65% - 2,02% = 0,63 điểm phần trăm, not 1,63'),
('v2_spend', 'quỹ BHXH: 5.162,8', 'quỹ BHXH: 5.612,8', ['sum'], '1.284,9 + 5.612,8 + 2.431,5 + 247,2 = 9.576,4, not 9.126,4'),
('v2_kcb_avg', 'bình quân 848,6 nghìn', 'bình quân 948,6 nghìn', ['average'], '2.431,5 tỷ / 2.865.400 lượt = 848,6 nghìn đồng/lượt, not 948,6'),
('v2_vol', 'thấp hơn năm 2023', 'cao hơn năm 2023', ['compare'], '186,4 < 192,7 and the text says "giảm 3,3%", so "cao hơn" is wrong'),
# vi03
('v3_area', 'ngô 2.315,6 ha', 'ngô 2.351,6 ha', ['sum'], '12.847,3 + 2.351,6 + 2.608,4 + 853,2 = 18.660,5, not 18.624,5'),
('v3_yield', 'tăng 2,1 tạ/ha', 'tăng 3,1 tạ/ha', ['difference'], '68,4 - 66,3 = 2,1 tạ/ha, not 3,1'),
('v3_quality', 'chiếm 72,9%', 'chiếm 82,9%', ['share'], '9.364,2/12.847,3 = 72,9%, not 82,9%'),
('v3_pests', 'giảm 18,6%', 'giảm 28,6%', ['change'], '1.245 vs 1.529 is a fall of 18,6%, not 28,6%'),
('v3_communes', 'Có 14/16 xã', 'Có 13/16 xã', ['fraction'], '13/16 = 81,25%, not 87,5%; and 16 - 13 = 3, not "hai xã còn lại"'),
('v3_maize', 'chưa đạt kế hoạch đề ra', 'vượt kế hoạch đề ra', ['status'], '58,2 < 60 tạ/ha (97,0%) cannot be "vượt kế hoạch"'),
('v3_price', 'cao hơn vụ trước 650', 'thấp hơn vụ trước 650', ['compare'], '7.850 > 7.200, so the price is higher, not lower'),
('v3_rank', 'xếp thứ 2/9', 'xếp thứ 11/9', ['rank'], 'rank 11 out of only 9 districts'),
# vi04
('v4_events', '- 4 đợt dông', '- 6 đợt dông', ['sum'], '3 + 5 + 6 + 2 = 16, not 14 đợt'),
('v4_houses', 'trong đó 152 nhà', 'trong đó 252 nhà', ['sum'], '252 + 4.134 = 4.386, not 4.286'),
('v4_damage', 'gấp 2,4 lần', 'gấp 3,4 lần', ['change', 'compare'], '1.247,6/519,8 = 2,4 times, not 3,4'),
('v4_crops', 'bằng 12,8%', 'bằng 18,2%', ['share'], '8.915/69.648 = 12,8%, not 18,2%'),
('v4_support', 'ngân sách tỉnh: 62,3', 'ngân sách tỉnh: 72,3', ['sum'], '95,0 + 72,3 + 18,7 + 10,5 = 196,5, not 186,5'),
('v4_fund', 'tỷ đồng), chưa đạt kế hoạch', 'tỷ đồng), vượt kế hoạch', ['status'], '48,72/56,0 = 87,0% of plan cannot be "vượt kế hoạch"'),
('v4_dams', '126/138', '136/138', ['fraction'], '136/138 = 98,6%, not 91,3%; and 138 - 136 = 2, not 12 remaining'),
('v4_damage', 'khoảng 89,1 tỷ', 'khoảng 98,1 tỷ', ['average'], '1.247,6 tỷ / 14 đợt = 89,1 tỷ, not 98,1'),
# vi05
('v5_funds', 'và vay vốn 35,2 tỷ', 'và vay vốn 53,2 tỷ', ['sum'], '1.108,9 + 142,3 + 53,2 = 1.304,4, not 1.286,4'),
('v5_funds', 'tốc độ tăng 9,6%', 'tốc độ tăng 19,6%', ['change'], '112,7/1.173,7 = 9,6%, not 19,6%'),
('v5_local', '105,4%, vượt kế hoạch', '105,4%, chưa đạt kế hoạch', ['status'], '142,3 vs plan 135 is 105,4%, above plan, so "chưa đạt" is wrong'),
('v5_avg', 'bình quân 53,0 triệu', 'bình quân 63,0 triệu', ['average'], '1.279,8 tỷ / 24.156 hộ = 53,0 triệu/hộ, not 63,0'),
('v5_flows', 'dư nợ tăng 114,5', 'dư nợ tăng 141,5', ['difference'], '412,6 - 298,1 = 114,5, not 141,5'),
('v5_overdue', 'là 1,94 tỷ', 'là 9,14 tỷ', ['share'], '9,14/1.279,8 = 0,71%, not 0,15%'),
('v5_programs', 'khó khăn 402,3', 'khó khăn 420,3', ['sum'], 'programme balances then sum to 1.297,8, not the total 1.279,8'),
('v5_groups', 'có 386 tổ', 'có 368 tổ', ['fraction', 'percent'], '368/412 = 89,3%, not 93,7%'),
# en06
('e6_visits', 'up 6.8% from', 'up 8.6% from', ['change'], '1,284,600/1,202,800 - 1 = 6.8%, not 8.6%'),
('e6_loans', 'e-books: 498,700', 'e-books: 489,700', ['sum'], '1,412,900 + 489,700 + 234,700 = 2,137,300, not 2,146,300'),
('e6_loans', 'accounted for 34.2%', 'accounted for 43.2%', ['share'], '(498,700 + 234,700)/2,146,300 = 34.2%, not 43.2%'),
('e6_events', 'average of 24.6 people', 'average of 26.4 people', ['average'], '118,240/4,812 = 24.6 per event, not 26.4'),
('e6_hours', '12 of 14 branches', '11 of 14 branches', ['fraction'], '11/14 = 78.6%, not 85.7%'),
('e6_src', 'comfortably exceeded the 60% target', 'fell short of the 60% target', ['status'], '65.9% is above 60%, so the target was not missed'),
('e6_vol', 'twice as many as in 2022-23', 'three times as many as in 2022-23', ['compare'], '9,860/4,930 = 2, not 3'),
('e6_rank', 'ranked 4th of 16', 'ranked 17th of 16', ['rank'], 'rank 17 out of only 16 authorities'),
# en07
('e7_incidents', '5,962 were false alarms', '5,692 were false alarms', ['sum'], '4,127 + 5,692 + 4,297 = 14,116, not 14,386'),
('e7_incidents', 'up 3.1% on the 13,953', 'down 3.1% on the 13,953', ['change'], '14,386 > 13,953, a rise of 3.1%, not a fall'),
('e7_adf', 'reduction of 8.0%', 'reduction of 18.0%', ['change'], '412 vs 448 is a fall of 8.0%, not 18.0%'),
('e7_response', 'at 3,758 of 4,318', 'at 3,578 of 4,318', ['fraction'], '3,578/4,318 = 82.9%, not 87.0%, and below the 85% standard'),
('e7_audits', 'so the target was missed', 'so the target was met', ['status'], '1,184 of 1,350 (87.7%) is short of target'),
('e7_oncall', 'increase of 6.5 percentage', 'increase of 5.6 percentage', ['difference'], '78.4 - 71.9 = 6.5 points, not 5.6'),
('e7_workforce', 'and 194 on-call', 'and 214 on-call', ['sum'], '418 + 214 = 632, not 612'),
('e7_finance', '£40.96 per resident', '£49.06 per resident', ['average'], '£46.2m / 1,128,000 = £40.96, not £49.06'),
# en08
('e8_apps', 'up 4.7% on the 46,093', 'up 7.4% on the 46,093', ['change'], '48,260/46,093 - 1 = 4.7%, not 7.4%'),
('e8_offers', 'offer rate of 70.0%', 'offer rate of 76.0%', ['percent'], '33,780/48,260 = 70.0%, not 76.0%'),
('e8_table', '| 1,942 |', '| 1,492 |', ['sum', 'percent'], 'faculty figures then sum to 6,962, not 7,412; 1,492/1,800 = 82.9%, not 107.9%'),
('e8_table', '| 94.4% | Missed |', '| 94.4% | Exceeded |', ['status'], '1,086 of a target of 1,150 (94.4%) cannot be "Exceeded"'),
('e8_polar', '1,029 of the 6,138', '1,209 of the 6,138', ['fraction'], '1,209/6,138 = 19.7%, not 16.8%'),
('e8_polar', 'increase of 1.9 percentage', 'increase of 2.9 percentage', ['difference'], '16.8 - 14.9 = 1.9 points, not 2.9'),
('e8_clearing', '18.2% of the total intake', '28.2% of the total intake', ['share'], '1,348/7,412 = 18.2%, not 28.2%'),
('e8_rank', 'ranked 3rd of 12', 'ranked 13th of 12', ['rank'], 'rank 13 out of only 12 universities'),
# en09
('e9_trips', 'at 6.12 million trips', 'at 6.21 million trips', ['sum'], '6.21 + 2.87 + 0.65 = 9.73 million, not 9.64'),
('e9_spend', 'up 7.9% on the £2,241m', 'up 9.7% on the £2,241m', ['change'], '2,418/2,241 - 1 = 7.9%, not 9.7%'),
('e9_categories', 'food and drink £704m', 'food and drink £740m', ['sum'], '612 + 740 + 498 + 286 + 318 = 2,454, not 2,418'),
('e9_intl', '£524.6 per trip', '£542.6 per trip', ['average'], '£341m / 0.65m trips = £524.6, not £542.6'),
('e9_occ', 'increase of 3.5 percentage', 'increase of 4.5 percentage', ['difference'], '76.3 - 72.8 = 3.5 points, not 4.5'),
('e9_jobs', 'jobs, 9.8% of all', 'jobs, 12.8% of all', ['share'], '52,300/533,700 = 9.8%, not 12.8%'),
('e9_attr', '38 of 45 (84.4%)', '36 of 45 (84.4%)', ['fraction'], '36/45 = 80.0%, not 84.4%'),
('e9_cruise', 'twice as many as the 32', 'three times as many as the 32', ['compare'], '64/32 = 2, not 3'),
# en10
('e10_total', 'down 2.3% from 99,120', 'up 2.3% from 99,120', ['change'], '96,840 < 99,120, a fall of 2.3%, not a rise'),
('e10_streams', '| Garden waste | 14,820 |', '| Garden waste | 18,420 |', ['sum'], '21,460 + 18,420 + 6,310 + 4,930 = 51,120, not 47,520'),
('e10_rate', 'recycling rate of 49.1%', 'recycling rate of 54.1%', ['percent'], '47,520/96,840 = 49.1%, not 54.1% (and 54.1% would not miss a 50% target)'),
('e10_rate', 'therefore missed the 50% target', 'therefore met the 50% target', ['status'], '49.1% is below the 50% target'),
('e10_residual', 'reduction of 3.3 percentage', 'reduction of 2.3 percentage', ['difference'], '7.9 - 4.6 = 3.3 points, not 2.3'),
('e10_fly', 'rise of 9.8%', 'rise of 19.8%', ['change'], '2,614/2,380 - 1 = 9.8%, not 19.8%'),
('e10_cost', 'disposal £7.15m', 'disposal £7.51m', ['sum'], '9.84 + 7.51 + 1.63 = 18.98, not £18.62m'),
('e10_food', '31,420 of the 52,800', '35,420 of the 52,800', ['fraction'], '35,420/52,800 = 67.1%, not 59.5%'),
]

out = []
for i, (cid, find, rep, tags, note) in enumerate(M, 1):
    f, win = W[cid]
    out.append({'id': f'z{i:02d}', 'file': f, 'find': find, 'replace': rep,
                'window': win, 'note': note, 'tags': tags})
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(root, 'mutations.json'), 'w', encoding='utf-8') as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
print(len(out), 'mutations written')

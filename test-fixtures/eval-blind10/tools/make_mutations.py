#!/usr/bin/env python3
"""Builds mutations.json. Window given as (start, end) substrings of the clean doc; the
window runs from the start of `start` to the end of `end`."""
import json, os
R = os.path.join(os.path.dirname(__file__), '..')
M = []
def m(doc, find, replace, ws, we, note, tag):
    txt = open(os.path.join(R, 'docs', doc), encoding='utf-8').read()
    i = txt.index(ws); j = txt.index(we, i) + len(we)
    M.append(dict(id=f"q{len(M)+1:02d}", file='docs/' + doc, find=find, replace=replace,
                  window=txt[i:j], note=note, tags=[tag]))

d='vi01_dan_van.txt'
m(d,'gồm 47 mô hình','gồm 52 mô hình','Đến nay, toàn huyện có 186','xây dựng hệ thống chính trị.','52+58+39+42=191, không khớp tổng 186 mô hình','sum')
m(d,'đạt tỷ lệ 93,1%','đạt tỷ lệ 95,6%','Trong năm, các cơ quan chức năng','theo quy định. ','231/248=93,1%, không phải 95,6%','percent')
m(d,'còn 17 đơn','còn 12 đơn','Trong năm, các cơ quan chức năng','theo quy định. ','248-231=17 đơn, không phải 12','difference')
m(d,'tăng 11,4% so với','tăng 14,1% so với','Ủy ban Mặt trận Tổ quốc Việt Nam các cấp vận động','(3.449,3 triệu đồng).','3.842,6/3.449,3-1=11,4%, không phải 14,1%','change')
m(d,'chiếm 21,6%','chiếm 28,6%','Nhân dân trong huyện đã đóng góp','(225,5 tỷ đồng)','48,7/225,5=21,6%, không phải 28,6%','share')
m(d,'thực hiện 91,2%','thực hiện 94,2%','1 chỉ tiêu chưa đạt là','chỉ tiêu 93%)','94,2% > 93% thì chỉ tiêu đã đạt, mâu thuẫn với "chưa đạt"','status')
m(d,'có 9/10 chỉ tiêu','có 8/10 chỉ tiêu','Trong 10 chỉ tiêu về công tác dân vận','chỉ tiêu 93%)','8 đạt + 1 chưa đạt = 9, không phải 10 chỉ tiêu','fraction')
m(d,'giảm 66,7%','giảm 33,3%','Số vụ khiếu nại đông người','giảm 66,7%.','từ 6 xuống 2 vụ là giảm 4/6=66,7%, không phải 33,3%','change')

d='vi02_giam_ngheo.md'
m(d,'giảm 3.551 hộ','giảm 3.215 hộ','- Số hộ nghèo giảm từ 12.486','trong năm.','12.486-8.935=3.551 hộ, không phải 3.215','difference')
m(d,'vượt chỉ tiêu giảm 1,5','chưa đạt chỉ tiêu giảm 1,5','- Tỷ lệ hộ nghèo theo chuẩn nghèo','Nghị quyết số 45/NQ-HĐND.','giảm 1,72 điểm > chỉ tiêu 1,5 điểm, nên là vượt chứ không phải chưa đạt','status')
m(d,'**557.600**','**575.600**','| Nguồn vốn |','**82,7%** |','412.860+48.200+96.540=557.600, không phải 575.600 (và 461.091/575.600=80,1%≠82,7%)','sum')
m(d,'| 86,0% |','| 68,0% |','| Ngân sách địa phương đối ứng','86,0% |','41.452/48.200=86,0%, không phải 68,0%','percent')
m(d,'đạt 76,2%','đạt 67,2%','Năm 2024 đầu tư 63 công trình','sang năm 2025.','48/63=76,2%, không phải 67,2%','percent')
m(d,'có 12/16 chỉ tiêu','có 13/16 chỉ tiêu','Trong 16 chỉ tiêu của Chương trình','nước sinh hoạt hợp vệ sinh).','13+3+1=17, vượt tổng 16 chỉ tiêu','fraction')
m(d,'gấp đôi năm 2023','gấp ba năm 2023','Hỗ trợ đưa 1.240 lao động','(620 lao động)','1.240/620=2 lần (gấp đôi), không phải gấp ba','compare')
m(d,'bình quân 40 triệu đồng/căn','bình quân 45 triệu đồng/căn','Hỗ trợ xây mới, sửa chữa 1.520 căn','40 triệu đồng/căn.','60,8 tỷ/1.520 căn = 40 triệu/căn, không phải 45','average')

d='vi03_thue_quy.txt'
m(d,'bằng 27,4% dự toán','bằng 24,7% dự toán','Tổng thu ngân sách nhà nước trên địa bàn','(1.505,8 tỷ đồng).','412,6/1.505,8=27,4%, không phải 24,7%','percent')
m(d,'tương ứng tăng 6,8%','tương ứng tăng 8,6%','So với quý II/2024','tương ứng tăng 6,8%.','26,4/386,2=6,8%, không phải 8,6%','change')
m(d,'tăng 9,8% so với cùng kỳ','tăng 12,8% so với cùng kỳ','Lũy kế 9 tháng, tổng thu đạt','(1.064,1 tỷ đồng).','1.168,4/1.064,1-1=9,8%, không phải 12,8%','change')
m(d,'123,6 tỷ','132,6 tỷ','Lũy kế 9 tháng năm 2024, tổng thu','123,6 tỷ đồng.','486,2+318,5+97,3+142,8+132,6=1.177,4, không khớp 1.168,4','sum')
m(d,'chiếm 41,6% tổng thu','chiếm 46,1% tổng thu','Lũy kế 9 tháng năm 2024, tổng thu','là khoản thu lớn nhất;','486,2/1.168,4=41,6%, không phải 46,1%','share')
m(d,'giảm 8,3 tỷ đồng','giảm 6,3 tỷ đồng','Đến ngày 30/9/2024, tổng số tiền thuế nợ','(94,7 tỷ đồng).','94,7-86,4=8,3 tỷ, không phải 6,3','difference')
m(d,'7,4%, đạt chỉ tiêu','7,4%, chưa đạt chỉ tiêu','Tỷ lệ tổng số tiền thuế nợ','(không quá 8%).','7,4% ≤ 8% nên đạt chỉ tiêu, không phải chưa đạt','status')
m(d,'183,1 triệu','218,3 triệu','Tổng số thuế truy thu và phạt','183,1 triệu đồng.','12,45 tỷ/68 DN = 183,1 triệu/DN, không phải 218,3 (68 DN ở câu trước cùng đoạn)','average')

d='vi04_chuyen_doi_so.md'
m(d,'tăng 2 bậc','tăng 3 bậc','Chỉ số chuyển đổi số (DTI)','(xếp thứ 6/10).','từ thứ 6/10 lên 4/10 là tăng 2 bậc, không phải 3','rank')
m(d,'81,3% | Chưa đạt','81,3% | Vượt','| Tỷ lệ hộ gia đình có cáp quang','Chưa đạt |','81,3% < kế hoạch 85% nên không thể là "Vượt"','status')
m(d,'chiếm 62,4%','chiếm 64,2%','- Năm 2024, Bộ phận Một cửa','chiếm 62,4%.','17.732/28.416=62,4%, không phải 64,2%','percent')
m(d,'còn 431 hồ sơ','còn 341 hồ sơ','- Năm 2024, Bộ phận Một cửa','thuộc lĩnh vực đất đai.','28.416-27.985=431 hồ sơ trễ hạn, không phải 341','difference')
m(d,'gấp 2,5 lần','gấp 3,5 lần','- Số hộ kinh doanh, hộ sản xuất','(539 hộ).','1.348/539=2,5 lần, không phải 3,5','compare')
m(d,'bình quân 6 thành viên/tổ','bình quân 8 thành viên/tổ','Toàn huyện thành lập 97 tổ','6 thành viên/tổ.','582/97=6 thành viên/tổ, không phải 8','average')
m(d,'tăng 69,8%','tăng 41,1%','Hệ thống camera giám sát','tăng 69,8%.','(214-126)/126=69,8%, không phải 41,1% (41,1% là chia nhầm cho 214)','change')
m(d,'1,79 tỷ đồng','1,97 tỷ đồng','Tổng kinh phí bố trí','1,79 tỷ đồng.','7,42+3,15+1,97=12,54, không khớp tổng 12,36 tỷ','sum')

d='vi05_htx_nong_nghiep.txt'
m(d,'296 thành viên là cá nhân','269 thành viên là cá nhân','Đến ngày 31/12/2024, HTX có 312','tổ hợp tác.','269+16=285, không khớp 312 thành viên','sum')
m(d,'15,6 triệu đồng/thành viên','17,2 triệu đồng/thành viên','Đến ngày 31/12/2024, HTX có 312','15,6 triệu đồng/thành viên.','4,86 tỷ/312 thành viên = 15,6 triệu, không phải 17,2','average')
m(d,'1.335 triệu','1.553 triệu','Tổng doanh thu năm 2024 đạt','1.335 triệu đồng.','7.365+3.128+6.914+1.553=18.960, không khớp 18.742','sum')
m(d,'tổng doanh thu tăng 12,6%','tổng doanh thu tăng 16,2%','So với năm 2023 (16.645','vượt 7,1%.','18.742/16.645-1=12,6%, không phải 16,2% (18.742 nêu ở đoạn trên)','change')
m(d,'Lợi nhuận trước thuế đạt 1.456','Lợi nhuận trước thuế đạt 1.546','Tổng chi phí năm 2024 là','tăng 31,4%.','18.742-17.286=1.456 triệu, không phải 1.546 (và 1.546/1.108-1=39,5%≠31,4%)','difference')
m(d,'chiếm 45,3%','chiếm 54,3%','Năm 2024, HTX liên kết với Công ty','chiếm 45,3%.','120/265=45,3%, không phải 54,3%','share')
m(d,'chưa đạt (kế hoạch 35','vượt (kế hoạch 35','Trong 6 chỉ tiêu kế hoạch năm','đạt 80,0%).','thực hiện 28 < kế hoạch 35 nên không thể là "vượt"','status')
m(d,'đạt 80,0%','đạt 85,0%','Trong 6 chỉ tiêu kế hoạch năm','đạt 80,0%).','28/35=80,0%, không phải 85,0%','percent')

d='en06_ambulance_quarterly.md'
m(d,'a rise of 6.1%','a rise of 8.1%','The Emergency Operations Centre received','a rise of 6.1%.','148,362/139,870-1=6.1%, not 8.1%','change')
m(d,'26,907','29,607','Crews attended 96,415','7,548 in Category 4 (less urgent).','9,642+52,318+29,607+7,548=99,115, not 96,415','sum')
m(d,'54.3% of incidents','58.3% of incidents','Crews attended 96,415','54.3% of incidents attended.','52,318/96,415=54.3%, not 58.3%','share')
m(d,'equal to 14.6%','equal to 16.4%','A further 21,730 calls','148,362 emergency calls','21,730/148,362=14.6%, not 16.4%','percent')
m(d,'112 | 118 | Met','112 | 118 | Missed','| Category 3 (90th centile, min)','118 | Met |','112 min is within the 120-min standard, so "Missed" is wrong','status')
m(d,'improved by 4.5 minutes','improved by 5.4 minutes','The Category 2 mean improved','12.6% faster','35.7-31.2=4.5 minutes, not 5.4','difference')
m(d,'vacancy rate of 4.8%','vacancy rate of 8.4%','- Frontline staff in post','vacancy rate of 4.8%.','(2,610-2,486)/2,610=4.8%, not 8.4%','percent')
m(d,'an overspend of £1.3m','an overspend of £3.1m','Operating expenditure for the quarter','(1.5%)','86.4-85.1=£1.3m, not £3.1m','difference')

d='en07_county_roads.txt'
m(d,'1,436 km are C roads','1,346 km are C roads','The council maintains 4,218 km','1,586 km are unclassified.','512+684+1,346+1,586=4,128, not 4,218','sum')
m(d,'98.2% of budget','92.8% of budget','The maintenance budget for 2024/25','underspend of £0.7m','37.9/38.6=98.2%, not 92.8%','percent')
m(d,'a rise of 13.2%','a rise of 31.2%','A total of 312.4 km was surface dressed','a rise of 13.2%.','312.4/276.0-1=13.2%, not 31.2%','change')
m(d,'a fall of 23.4%','a fall of 32.4%','Crews repaired 18,462 potholes','a fall of 23.4%','1-18,462/24,105=23.4%, not 32.4%','change')
m(d,'against a target of 90%','against a target of 95%','Of the repairs, 17,391','The target was therefore met.','94.2% is below a 95% target, so "met" would be wrong','status')
m(d,'£1,689 per paid claim','£1,869 per paid claim','Of these, 87 resulted in payment','£1,689 per paid claim.','£146,900/87=£1,689, not £1,869 (87 paid claims stated in same paragraph)','average')
m(d,'deterioration of 0.7 percentage','deterioration of 1.7 percentage','B and C roads moved the other way','0.7 percentage points.','5.8-5.1=0.7 pp, not 1.7','difference')
m(d,'up from 11th','up from 5th','In the National Highways and Transportation','up from 11th in 2023.','moving to 7th from 5th would be a fall, not "up"','rank')

d='en08_college_annual.md'
m(d,'8,892 part-time','8,982 part-time','- **Credit students:**','40.0% of the total.','5,934+8,982=14,916, not 14,826','sum')
m(d,'made up 40.0%','made up 45.0%','- **Credit students:**','40.0% of the total.','5,934/14,826=40.0%, not 45.0%','share')
m(d,'an increase of 5.1%','an increase of 7.1%','- **Credit students:**','an increase of 5.1%.','14,826/14,102-1=5.1%, not 7.1%','change')
m(d,'and 320 short-term','and 230 short-term','The college conferred 2,148 awards','short-term workforce credentials.','1,186+642+230=2,058, not 2,148','sum')
m(d,'strategic target of 50%','strategic target of 55%','For the fall 2020 cohort','for the first time.','50.7% is below a 55% target, so "met" would be wrong','status')
m(d,'a gain of 3.5 percentage','a gain of 5.3 percentage','- Fall-to-fall retention','3.5 percentage points.','64.8-61.3=3.5 pp, not 5.3','difference')
m(d,'| 22.4 |','| 24.2 |','| Source |','**100.0%** |','48.6+31.2+24.2+9.8+3.6=117.4, not 115.6 (and 24.2/115.6=20.9%≠19.4%)','sum')
m(d,'an average award of $2,000','an average award of $2,500','The Riverbend Foundation awarded','$2,000.','$2.46m/1,230=$2,000, not $2,500','average')

d='en09_housing_bulletin.txt'
m(d,'a rise of 10.1%','a rise of 12.1%','A total of 6,842 homes','a rise of 10.1%.','6,842/6,215-1=10.1%, not 12.1%','change')
m(d,'Townhouses made up 1,564','Townhouses made up 1,654','By property type','19.9% of all transactions.','3,918+1,654+1,360=6,932, not 6,842','sum')
m(d,'an increase of 4.2%','an increase of 2.4%','The regional median sale price','an increase of 4.2%.','412,500/396,000-1=4.2%, not 2.4%','change')
m(d,'$352,000        -1.4%','$352,000        +1.4%','Sales and median prices by area','fell over the year.','with Harlow at +1.4% no area fell, so "Harlow was the only area where the median price fell" is contradicted','compare')
m(d,'ranked 2nd of the five','ranked 4th of the five','Sales and median prices by area','fell over the year.','Cedar Falls $431,500 is 2nd highest median after Lakeport, not 4th','rank')
m(d,'35.3% of regional','39.3% of regional','Sales and median prices by area','fell over the year.','2,416/6,842=35.3%, not 39.3%','share')
m(d,'a decline of 0.60 percentage','a decline of 0.40 percentage','The average 30-year fixed mortgage rate','0.60 percentage points.','7.05-6.45=0.60 pp, not 0.40','difference')
m(d,'twice as many as the 107','three times as many as the 107','At the top end of the market','in Q3 2023.','214/107=2, twice not three times','compare')

d='en10_port_throughput.md'
m(d,'| Dry bulk | 14.36 |','| Dry bulk | 14.63 |','| Cargo type |','**+6.0%** |','18.94+14.63+11.28+2.41+1.63=48.89, not 48.62 (and 14.63/14.05-1=4.1%≠2.2%)','sum')
m(d,'−10.1%','−12.4%','| Break bulk |','−10.1% |','2.41/2.68-1=−10.1%, not −12.4%','change')
m(d,'accounted for 39.0% of tonnage','accounted for 41.0% of tonnage','Containers, at 18.94 Mt','39.0% of tonnage','18.94/48.62=39.0%, not 41.0%','share')
m(d,'or 30.0% of the total','or 33.0% of the total','The container terminals handled 1,842,600','(20.0%).','552,780/1,842,600=30.0%, not 33.0%','percent')
m(d,'11,344 tonnes','10,344 tonnes','- Commercial vessel calls: 4,286','total throughput of 48.62 Mt','48.62 Mt/4,286 calls=11,344 t, not 10,344','average')
m(d,'operating surplus of $144.5m','operating surplus of $154.5m','Operating revenue was $412.8m','margin of 35.0%.','412.8-268.3=$144.5m, not $154.5m','difference')
m(d,'which missed the target of 30','which met the target of 30','Quay crane productivity averaged','2022-2026 business plan.','28.6 < 30 moves/hour, so the target was missed, not met','status')
m(d,'one third fewer','half as many','Lost-time injuries fell from 21','one third fewer.','14/21 = two thirds, i.e. one third fewer; not half as many','compare')

json.dump(M, open(os.path.join(R, 'mutations.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(M), 'mutations')

#!/usr/bin/env python3
"""Checks every arithmetic claim in the clean docs.
Each check: doc, list of literal strings that must occur in the doc, and a boolean
computed from the same figures written as Python numbers."""
import sys, os
D = os.path.join(os.path.dirname(__file__), '..', 'docs')
def pct(a, b, d=1): return round(100 * a / b + 1e-9, d)
def chg(new, old, d=1): return round(100 * (new - old) / old + 1e-9, d)
def close(a, b, eps=1e-6): return abs(a - b) < eps
C = []
def c(doc, strs, ok, label): C.append((doc, strs, ok, label))

v='vi01_dan_van.txt'
c(v,['14 hội nghị','3 hội nghị','11 hội nghị'], 3+11==14,'hội nghị sum')
c(v,['2.356 lượt','612 lượt','1.744 lượt'], 612+1744==2356,'lượt sum')
c(v,['186 mô hình','47 mô hình','58 mô hình','39 mô hình','42 mô hình'], 47+58+39+42==186,'mô hình sum')
c(v,['(162 mô hình)','tăng thêm 24','tăng 14,8%'], 186-162==24 and chg(186,162)==14.8,'mô hình change')
c(v,['248 đơn','231 đơn','93,1%','còn 17 đơn','từ 90%'], pct(231,248)==93.1 and 248-231==17 and 93.1>=90,'đơn thư')
c(v,['từ 6 vụ','xuống còn 2 vụ','giảm 66,7%'], chg(2,6)==-66.7,'khiếu nại')
c(v,['48,7 tỷ','chiếm 21,6%','225,5 tỷ'], pct(48.7,225.5)==21.6,'share NTM')
c(v,['3.842,6 triệu','tăng 11,4%','3.449,3 triệu'], chg(3842.6,3449.3)==11.4,'quỹ change')
c(v,['42 căn','50 triệu đồng/căn','17 căn','30 triệu đồng/căn','2.610 triệu'], 42*50+17*30==2610,'nhà sum')
c(v,['1.268 hội viên','412 người','386 người','297 người','173 người'], 412+386+297+173==1268,'kết nạp sum')
c(v,['10 chỉ tiêu','9/10 chỉ tiêu','1 chỉ tiêu chưa đạt','91,2%','chỉ tiêu 93%'], 9+1==10 and 91.2<93,'chỉ tiêu')

v='vi02_giam_ngheo.md'
c(v,['5,84%','4,12%','1,72 điểm','1,5 điểm phần trăm, do' if False else 'vượt chỉ tiêu giảm 1,5'], close(5.84-4.12,1.72) and 1.72>1.5,'hộ nghèo pp')
c(v,['12.486 hộ','8.935 hộ','giảm 3.551 hộ'], 12486-8935==3551,'hộ nghèo diff')
c(v,['9.742 hộ','8.610 hộ','giảm 1.132 hộ'], 9742-8610==1132,'cận nghèo diff')
c(v,['1,42 triệu','tăng 18,3%','(1,2 triệu'], chg(1.42,1.2)==18.3,'thu nhập')
c(v,['từ 14 xã xuống 9 xã','5 xã'], 14-5==9,'xã bãi ngang')
for plan,paid,p in [(412860,338545,'82,0%'),(48200,41452,'86,0%'),(96540,81094,'84,0%'),(557600,461091,'82,7%')]:
    c(v,[f"{plan:,}".replace(',','.'),f"{paid:,}".replace(',','.'),p], pct(paid,plan)==float(p[:-1].replace(',','.')),'giải ngân %')
c(v,['412.860','48.200','96.540','557.600'], 412860+48200+96540==557600,'KH sum')
c(v,['338.545','41.452','81.094','461.091'], 338545+41452+81094==461091,'GN sum')
c(v,['63 công trình','48 công trình','76,2%','15 công trình'], pct(48,63)==76.2 and 63-48==15,'DA1')
c(v,['2.145 hộ','1.386 hộ nghèo','759 hộ cận nghèo'], 1386+759==2145,'DA2')
c(v,['6.830 người','vượt 13,8%','6.000 người'], chg(6830,6000)==13.8,'DA4 nghề')
c(v,['1.240 lao động','gấp đôi','620 lao động'], 1240==2*620,'DA4 XKLĐ')
c(v,['1.520 căn','60,8 tỷ','40 triệu đồng/căn'], close(60800/1520,40),'DA5')
c(v,['16 chỉ tiêu','12/16','3 chỉ tiêu đạt','1 chỉ tiêu chưa đạt'], 12+3+1==16,'chỉ tiêu')

v='vi03_thue_quy.txt'
c(v,['412,6 tỷ','27,4%','1.505,8 tỷ'], pct(412.6,1505.8)==27.4,'quý III %DT')
c(v,['386,2 tỷ','tăng 26,4 tỷ','tăng 6,8%'], close(412.6-386.2,26.4) and chg(412.6,386.2)==6.8,'QoQ')
c(v,['1.168,4 tỷ','77,6%'], pct(1168.4,1505.8)==77.6,'9T %DT')
c(v,['tăng 9,8%','1.064,1 tỷ'], chg(1168.4,1064.1)==9.8,'9T yoy')
c(v,['486,2','318,5','97,3','142,8','123,6'], close(486.2+318.5+97.3+142.8+123.6,1168.4),'cơ cấu sum')
c(v,['chiếm 41,6%'], pct(486.2,1168.4)==41.6 and 486.2==max(486.2,318.5,97.3,142.8,123.6),'NQD share')
c(v,['63,7% dự toán năm (500 tỷ'], pct(318.5,500)==63.7,'đất %')
c(v,['86,4 tỷ','giảm 8,3 tỷ','94,7 tỷ','7,4%','không quá 8%'], close(94.7-86.4,8.3) and pct(86.4,1168.4)==7.4 and 7.4<=8,'nợ')
c(v,['68 doanh nghiệp','45,3%','(150 doanh nghiệp)'], pct(68,150)==45.3,'kiểm tra')
c(v,['12,45 tỷ','9,18 tỷ','3,27 tỷ','183,1 triệu'], close(9.18+3.27,12.45) and round(12450/68,1)==183.1,'truy thu')
c(v,['4.812 doanh nghiệp','1.236 doanh nghiệp','chiếm 25,7%'], pct(1236,4812)==25.7,'HĐĐT MTT')
c(v,['4.756/4.812','98,8%'], pct(4756,4812)==98.8,'khai ĐT')

v='vi04_chuyen_doi_so.md'
c(v,['thứ 4/10','tăng 2 bậc','thứ 6/10'], 6-4==2,'DTI rank')
for plan,act,st in [(50,62.4,'Vượt'),(80,86.7,'Vượt'),(95,97.8,'Vượt'),(85,81.3,'Chưa đạt'),(85,88.2,'Vượt'),(70,74.6,'Vượt')]:
    c(v,[f"| {plan}% | {str(act).replace('.',',')}% | {st} |"], (act>plan)==(st=='Vượt'),'table status')
c(v,['5/6 chỉ tiêu vượt','1 chỉ tiêu chưa đạt'], 5+1==6,'table count')
c(v,['28.416 hồ sơ','17.732 hồ sơ','chiếm 62,4%'], pct(17732,28416)==62.4,'trực tuyến %')
c(v,['27.985 hồ sơ','đạt 98,5%','431 hồ sơ'], pct(27985,28416)==98.5 and 28416-27985==431,'đúng hạn')
c(v,['16/18 xã','2 xã còn lại'], 18-16==2,'HNTH')
c(v,['1.348 hộ','gấp 2,5 lần','(539 hộ)'], round(1348/539,1)==2.5,'TMĐT')
c(v,['4.215/5.020','84,0%'], pct(4215,5020)==84.0,'an sinh')
c(v,['35 sản phẩm','28 sản phẩm','chiếm 80,0%'], pct(28,35)==80.0,'OCOP')
c(v,['97 tổ','582 thành viên','6 thành viên/tổ'], 582/97==6,'tổ CNS')
c(v,['126 camera','214 camera','tăng 69,8%'], chg(214,126)==69.8,'camera')
c(v,['12,36 tỷ','7,42 tỷ','3,15 tỷ','1,79 tỷ'], close(7.42+3.15+1.79,12.36),'kinh phí')

v='vi05_htx_nong_nghiep.txt'
c(v,['312 thành viên','tăng 28 thành viên','(284 thành viên)'], 312-284==28,'TV change')
c(v,['296 thành viên','16 thành viên'], 296+16==312,'TV sum')
c(v,['4,86 tỷ','15,6 triệu đồng/thành viên'], round(4860/312,1)==15.6,'vốn bq')
c(v,['18.742 triệu','7.365','3.128','6.914','1.335'], 7365+3128+6914+1335==18742,'DT sum')
c(v,['16.645 triệu','tăng 12,6%'], chg(18742,16645)==12.6,'DT yoy')
c(v,['17.500 triệu','vượt 7,1%'], chg(18742,17500)==7.1,'DT vs KH')
c(v,['17.286 triệu','1.456 triệu'], 18742-17286==1456,'LN')
c(v,['1.108 triệu','tăng 31,4%'], chg(1456,1108)==31.4,'LN yoy')
c(v,['265 ha','180 ha','85 ha'], 180+85==265,'DT liên kết')
c(v,['6,4 tấn/ha','1.696 tấn'], close(265*6.4,1696),'sản lượng')
c(v,['120 ha','chiếm 45,3%'], pct(120,265)==45.3,'VietGAP')
c(v,['trích 30%','436,8 triệu','50% chia','728 triệu'], close(1456*0.3,436.8) and close(1456*0.5,728),'phân phối')
c(v,['6 chỉ tiêu','5/6 chỉ tiêu','kế hoạch 35 thành viên','thực hiện 28 thành viên','đạt 80,0%'], pct(28,35)==80.0 and 28<35,'kết nạp')

v='en06_ambulance_quarterly.md'
c(v,['148,362','139,870','rise of 6.1%'], chg(148362,139870)==6.1,'calls')
c(v,['96,415','9,642','52,318','26,907','7,548'], 9642+52318+26907+7548==96415,'incidents sum')
c(v,['54.3% of incidents'], pct(52318,96415)==54.3,'cat2 share')
c(v,['21,730','14.6% of all 148,362'], pct(21730,148362)==14.6,'H&T')
for std,now,prev,st in [('7.0','7.8','8.1','Missed'),('18.0','31.2','35.7','Missed'),('120','112','118','Met'),('180','166','171','Met')]:
    c(v,[f"| {std} | {now} | {prev} | {st} |"], (float(now)<=float(std))==(st=='Met') and float(now)<float(prev),'RT row')
c(v,['Two of the four'], 2==2,'standards met count')
c(v,['improved by 4.5 minutes','12.6% faster'], close(35.7-31.2,4.5) and pct(4.5,35.7)==12.6,'cat2 improvement')
c(v,['412 out-of-hospital','118 patients','(28.6%)'], pct(118,412)==28.6,'ROSC')
c(v,['240 patients','198 received','82.5%'], pct(198,240)==82.5,'STEMI')
c(v,['18,240 crew hours','22,960 hours','reduction of 20.6%'], -chg(18240,22960)==20.6,'handover')
c(v,['2,486','2,610','vacancy rate of 4.8%'], pct(2610-2486,2610)==4.8,'vacancy')
c(v,['96 paramedics','58 newly','(60.4%)'], pct(58,96)==60.4,'recruits')
c(v,['from 7.1% to 6.2%','0.9 percentage points','5.5% target'], close(7.1-6.2,0.9) and 6.2>5.5,'sickness')
c(v,['312 front-line','284 were','91.0%','90% standard'], pct(284,312)==91.0,'fleet')
c(v,['1,214 responses','1,137','(93.7%)'], pct(1137,1214)==93.7,'survey')
c(v,['£86.4m','£85.1m','£1.3m (1.5%)'], close(86.4-85.1,1.3) and pct(1.3,85.1)==1.5,'finance')

v='en07_county_roads.txt'
c(v,['4,218 km','512 km','684 km','1,436 km','1,586 km'], 512+684+1436+1586==4218 and 1586==max(512,684,1436,1586),'network')
c(v,['£38.6m','£24.9m','£13.7m'], close(24.9+13.7,38.6),'budget sum')
c(v,['£37.9m','98.2% of budget','£0.7m'], pct(37.9,38.6)==98.2 and close(38.6-37.9,0.7),'spend')
c(v,['148.6 km','140 km','by 6.1%'], chg(148.6,140)==6.1,'resurfacing')
c(v,['312.4 km','276.0 km','rise of 13.2%'], chg(312.4,276.0)==13.2,'dressing')
c(v,['18,462','24,105','fall of 23.4%'], -chg(18462,24105)==23.4,'potholes')
c(v,['17,391','94.2%','target of 90%','target was therefore met'], pct(17391,18462)==94.2 and 94.2>=90,'pothole time')
c(v,['38 precautionary','4,560 tonnes','120 tonnes per run'], 4560/38==120,'gritting')
c(v,['214 of the 226','(94.7%)','remaining twelve'], pct(214,226)==94.7 and 226-214==12,'bridges')
c(v,['36,450','48,600','(75.0%)'], pct(36450,48600)==75.0,'gullies')
c(v,['3,240 lanterns','41,880 of the 46,500','(90.1%)'], pct(41880,46500)==90.1,'LED')
c(v,['8.0 GWh to 6.8 GWh','reduction of 15.0%'], -chg(6.8,8.0)==15.0,'energy')
c(v,['from 3.4% to 3.0%','0.4 percentage points'], close(3.4-3.0,0.4),'A roads')
c(v,['from 5.1% to 5.8%','0.7 percentage points'], close(5.8-5.1,0.7),'BC roads')
c(v,['17.0%','no more than 15% was missed'], 17.0>15,'U roads')
c(v,['412 third-party','87 resulted','rate of 21.1%'], pct(87,412)==21.1,'claims')
c(v,['£146,900','£1,689 per paid'], round(146900/87)==1689,'claim avg')
c(v,['scored 52','3 points above','average of 49'], 52-49==3,'NHT')
c(v,['ranked 7th of 28','up from 11th'], 7<11,'NHT rank')

v='en08_college_annual.md'
c(v,['14,826','5,934','8,892','40.0%'], 5934+8892==14826 and pct(5934,14826)==40.0,'enrol')
c(v,['14,102','increase of 5.1%'], chg(14826,14102)==5.1,'enrol yoy')
c(v,['6,078','(41.0%)','4,745','(32.0%)'], pct(6078,14826)==41.0 and pct(4745,14826)==32.0,'demog')
c(v,['3,180','up 11.8%','2,844'], chg(3180,2844)==11.8,'dual')
c(v,['64.8%','61.3%','3.5 percentage points'], close(64.8-61.3,3.5),'retention')
c(v,['2,148 awards','1,186','642','320'], 1186+642+320==2148,'awards')
c(v,['1,920','676','(35.2%)','298','(15.5%)','50.7%','target of 50%'], pct(676,1920)==35.2 and pct(298,1920)==15.5 and pct(676+298,1920)==50.7 and 50.7>=50,'cohort')
c(v,['1,412 of 2,530','(55.8%)'], pct(1412,2530)==55.8,'math')
c(v,['94.0%','(142 of 151','88.5%'], pct(142,151)==94.0 and 94.0>88.5,'NCLEX')
c(v,['$160 to $168','increase of 5.0%'], chg(168,160)==5.0,'tuition')
c(v,['$2.46m','1,230 students','$2,000'], close(2.46e6/1230,2000),'scholarships')
rev=[(48.6,'42.0%'),(31.2,'27.0%'),(22.4,'19.4%'),(9.8,'8.5%'),(3.6,'3.1%')]
c(v,['| 48.6 |','| 31.2 |','| 22.4 |','| 9.8 |','| 3.6 |','**115.6**'], close(sum(a for a,_ in rev),115.6),'revenue sum')
for a,p in rev: c(v,[f"| {a} | {p} |"], pct(a,115.6)==float(p[:-1]),'rev share')
c(v,['100.0%'], close(sum(float(p[:-1]) for _,p in rev),100.0),'shares sum')
c(v,['just over a quarter','below 30%'], 25<27.0<30,'tuition share')
c(v,['$114.9m','surplus of $0.7m','$52.1m','45.3% of expenses'], close(115.6-114.9,0.7) and pct(52.1,114.9)==45.3,'expenses')
c(v,['58% of credit','goal of 60%'], 58<60,'FT faculty')

v='en09_housing_bulletin.txt'
c(v,['6,842 homes','6,215','rise of 10.1%'], chg(6842,6215)==10.1,'sales yoy')
c(v,['7,130 sales','down 4.0%'], -chg(6842,7130)==4.0,'sales qoq')
c(v,['3,918 of the 6,842 sales','57.3%','1,564','1,360','19.9%'], 3918+1564+1360==6842 and pct(3918,6842)==57.3 and pct(1360,6842)==19.9,'type')
c(v,['2,258 sales','33.0%'], pct(2258,6842)==33.0,'FTB')
c(v,['214 homes','twice as many','107 recorded'], 214==2*107,'luxury')
c(v,['$412,500','$396,000','increase of 4.2%'], chg(412500,396000)==4.2,'median')
area=[('Lakeport',2416,468000,5.3),('Millbrook',1538,389900,3.1),('Harlow',1204,352000,-1.4),('Cedar Falls',986,431500,6.8),('Rural districts',698,318000,2.2)]
c(v,['2,416','1,538','1,204','986','698','Region            6,842'], sum(a[1] for a in area)==6842,'area sum')
c(v,['35.3% of regional'], pct(2416,6842)==35.3 and 2416==max(a[1] for a in area),'Lakeport share')
c(v,['strongest price growth'], max(area,key=lambda a:a[3])[0]=='Cedar Falls','strongest')
c(v,['ranked 2nd of the five'], sorted(area,key=lambda a:-a[2])[1][0]=='Cedar Falls' and sorted(area,key=lambda a:-a[2])[0][0]=='Lakeport','rank')
c(v,['only area where'], [a[0] for a in area if a[3]<0]==['Harlow'],'only fall')
c(v,['9,406','14,288','11,510','rise of 24.1%'], chg(14288,11510)==24.1,'listings')
c(v,['6.3 months'], round(14288/(6842/3),1)==6.3,'MOI')
c(v,['72.7%'], pct(6842,9406)==72.7,'SNLR')
c(v,['was 34, up from 27','a week longer'], 34-27==7,'DOM')
c(v,['1,128','642 were','(56.9%)'], pct(642,1128)==56.9,'permits')
c(v,['6.45%','7.05%','0.60 percentage points'], close(7.05-6.45,0.60),'rates')
c(v,['$84,200','4.9 times'], round(412500/84200,1)==4.9,'afford')
c(v,['$1,985','up 3.4%','$1,920'], chg(1985,1920)==3.4,'rent')

v='en10_port_throughput.md'
rows=[('Containers',18.94,17.22,'+10.0%'),('Dry bulk',14.36,14.05,'+2.2%'),('Liquid bulk',11.28,10.96,'+2.9%'),('Break bulk',2.41,2.68,'−10.1%'),('Ro-Ro',1.63,0.96,'+69.8%')]
for n,a,b,p in rows:
    c(v,[f"| {n} | {a:.2f} | {b:.2f} | {p} |"], chg(a,b)==float(p.replace('−','-').rstrip('%')),'cargo change')
c(v,['**48.62**','**45.87**','**+6.0%**','rise of 6.0%'], close(sum(r[1] for r in rows),48.62) and close(sum(r[2] for r in rows),45.87) and chg(48.62,45.87)==6.0,'totals')
c(v,['39.0% of tonnage'], pct(18.94,48.62)==39.0,'container share')
c(v,['more than two-thirds'], (1.63-0.96)/0.96>2/3,'roro')
c(v,['break bulk declined'], 2.41<2.68,'bb decline')
c(v,['1,842,600 TEU','552,780 TEU','30.0%','368,520 TEU','(20.0%)'], pct(552780,1842600)==30.0 and pct(368520,1842600)==20.0,'TEU shares')
c(v,['506,700 TEU','27.5%'], pct(506700,1842600)==27.5,'rail')
c(v,['28.6 moves','missed the target of 30'], 28.6<30,'crane')
c(v,['71.4%','below the 75%'], 71.4<75,'berth')
c(v,['4,286','4,412','(−2.9%)'], chg(4286,4412)==-2.9,'calls')
c(v,['11,344 tonnes'], round(48.62e6/4286)==11344,'per call')
c(v,['$412.8m','$268.3m','$144.5m','35.0%'], close(412.8-268.3,144.5) and pct(144.5,412.8)==35.0,'surplus')
c(v,['$186.4m','45.2% of operating'], pct(186.4,412.8)==45.2,'concessions')
c(v,['$96.2m','$118.0m','(81.5%)'], pct(96.2,118.0)==81.5,'capex')
c(v,['from 21','to 14','one third fewer'], close((21-14)/21,1/3),'LTI')

bad = 0
for doc, strs, ok, label in C:
    txt = open(os.path.join(D, doc), encoding='utf-8').read()
    miss = [s for s in strs if s not in txt]
    if miss or not ok:
        bad += 1; print('FAIL', doc, label, 'missing=' + repr(miss) if miss else '', '' if ok else 'arith')
print(f'{len(C)} checks, {bad} failures')
sys.exit(1 if bad else 0)

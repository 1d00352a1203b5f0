/**
 * Zhejiang's prefecture-level cities and their districts/counties, GB/T 2260 codes as published by the
 * Ministry of Civil Affairs (2023 edition, incl. 临平区/钱塘区 of 2021 and 龙港市 of 2019).
 */
export interface Division {
  code: string;
  name: string;
  nameEn: string;
  /** City code for districts and counties; null for the cities themselves. */
  cityCode: string | null;
}

type CityRow = [code: string, name: string, nameEn: string, counties: [string, string, string][]];

const CITIES: CityRow[] = [
  ['330100', '杭州市', 'Hangzhou', [
    ['330102', '上城区', 'Shangcheng'], ['330105', '拱墅区', 'Gongshu'], ['330106', '西湖区', 'Xihu'],
    ['330108', '滨江区', 'Binjiang'], ['330109', '萧山区', 'Xiaoshan'], ['330110', '余杭区', 'Yuhang'],
    ['330111', '富阳区', 'Fuyang'], ['330112', '临安区', "Lin'an"], ['330113', '临平区', 'Linping'],
    ['330114', '钱塘区', 'Qiantang'], ['330122', '桐庐县', 'Tonglu'], ['330127', '淳安县', "Chun'an"],
    ['330182', '建德市', 'Jiande'],
  ]],
  ['330200', '宁波市', 'Ningbo', [
    ['330203', '海曙区', 'Haishu'], ['330205', '江北区', 'Jiangbei'], ['330206', '北仑区', 'Beilun'],
    ['330211', '镇海区', 'Zhenhai'], ['330212', '鄞州区', 'Yinzhou'], ['330213', '奉化区', 'Fenghua'],
    ['330225', '象山县', 'Xiangshan'], ['330226', '宁海县', 'Ninghai'], ['330281', '余姚市', 'Yuyao'],
    ['330282', '慈溪市', 'Cixi'],
  ]],
  ['330300', '温州市', 'Wenzhou', [
    ['330302', '鹿城区', 'Lucheng'], ['330303', '龙湾区', 'Longwan'], ['330304', '瓯海区', 'Ouhai'],
    ['330305', '洞头区', 'Dongtou'], ['330324', '永嘉县', 'Yongjia'], ['330326', '平阳县', 'Pingyang'],
    ['330327', '苍南县', 'Cangnan'], ['330328', '文成县', 'Wencheng'], ['330329', '泰顺县', 'Taishun'],
    ['330381', '瑞安市', "Rui'an"], ['330382', '乐清市', 'Yueqing'], ['330383', '龙港市', 'Longgang'],
  ]],
  ['330400', '嘉兴市', 'Jiaxing', [
    ['330402', '南湖区', 'Nanhu'], ['330411', '秀洲区', 'Xiuzhou'], ['330421', '嘉善县', 'Jiashan'],
    ['330424', '海盐县', 'Haiyan'], ['330481', '海宁市', 'Haining'], ['330482', '平湖市', 'Pinghu'],
    ['330483', '桐乡市', 'Tongxiang'],
  ]],
  ['330500', '湖州市', 'Huzhou', [
    ['330502', '吴兴区', 'Wuxing'], ['330503', '南浔区', 'Nanxun'], ['330521', '德清县', 'Deqing'],
    ['330522', '长兴县', 'Changxing'], ['330523', '安吉县', 'Anji'],
  ]],
  ['330600', '绍兴市', 'Shaoxing', [
    ['330602', '越城区', 'Yuecheng'], ['330603', '柯桥区', 'Keqiao'], ['330604', '上虞区', 'Shangyu'],
    ['330624', '新昌县', 'Xinchang'], ['330681', '诸暨市', 'Zhuji'], ['330683', '嵊州市', 'Shengzhou'],
  ]],
  ['330700', '金华市', 'Jinhua', [
    ['330702', '婺城区', 'Wucheng'], ['330703', '金东区', 'Jindong'], ['330723', '武义县', 'Wuyi'],
    ['330726', '浦江县', 'Pujiang'], ['330727', '磐安县', "Pan'an"], ['330781', '兰溪市', 'Lanxi'],
    ['330782', '义乌市', 'Yiwu'], ['330783', '东阳市', 'Dongyang'], ['330784', '永康市', 'Yongkang'],
  ]],
  ['330800', '衢州市', 'Quzhou', [
    ['330802', '柯城区', 'Kecheng'], ['330803', '衢江区', 'Qujiang'], ['330822', '常山县', 'Changshan'],
    ['330824', '开化县', 'Kaihua'], ['330825', '龙游县', 'Longyou'], ['330881', '江山市', 'Jiangshan'],
  ]],
  ['330900', '舟山市', 'Zhoushan', [
    ['330902', '定海区', 'Dinghai'], ['330903', '普陀区', 'Putuo'], ['330921', '岱山县', 'Daishan'],
    ['330922', '嵊泗县', 'Shengsi'],
  ]],
  ['331000', '台州市', 'Taizhou', [
    ['331002', '椒江区', 'Jiaojiang'], ['331003', '黄岩区', 'Huangyan'], ['331004', '路桥区', 'Luqiao'],
    ['331022', '三门县', 'Sanmen'], ['331023', '天台县', 'Tiantai'], ['331024', '仙居县', 'Xianju'],
    ['331081', '温岭市', 'Wenling'], ['331082', '临海市', 'Linhai'], ['331083', '玉环市', 'Yuhuan'],
  ]],
  ['331100', '丽水市', 'Lishui', [
    ['331102', '莲都区', 'Liandu'], ['331121', '青田县', 'Qingtian'], ['331122', '缙云县', 'Jinyun'],
    ['331123', '遂昌县', 'Suichang'], ['331124', '松阳县', 'Songyang'], ['331125', '云和县', 'Yunhe'],
    ['331126', '庆元县', 'Qingyuan'], ['331127', '景宁畲族自治县', 'Jingning'], ['331181', '龙泉市', 'Longquan'],
  ]],
];

export const ZHEJIANG_CITIES: Division[] = CITIES.map(([code, name, nameEn]) => ({ code, name, nameEn, cityCode: null }));

export const ZHEJIANG_DIVISIONS: Division[] = CITIES.flatMap(([cityCode, name, nameEn, counties]) => [
  { code: cityCode, name, nameEn, cityCode: null },
  ...counties.map(([code, countyName, countyEn]) => ({ code, name: countyName, nameEn: countyEn, cityCode })),
]);

const BY_CODE = new Map(ZHEJIANG_DIVISIONS.map((d) => [d.code, d]));

export function findDivision(code: string): Division | undefined {
  return BY_CODE.get(code);
}

export function isZhejiangDivision(code: string): boolean {
  return BY_CODE.has(code);
}

/** The city a division belongs to (a city is its own city). */
export function cityCodeOf(code: string): string | undefined {
  const division = BY_CODE.get(code);
  return division ? (division.cityCode ?? division.code) : undefined;
}

/** "嘉兴市 平湖市" / "Jiaxing · Pinghu" for lists and exports. */
export function divisionLabel(code: string, locale: 'zh-CN' | 'en'): string {
  const division = BY_CODE.get(code);
  if (!division) return code;
  const city = division.cityCode ? BY_CODE.get(division.cityCode) : undefined;
  if (locale === 'en') return city ? `${city.nameEn} · ${division.nameEn}` : division.nameEn;
  return city ? `${city.name} ${division.name}` : division.name;
}

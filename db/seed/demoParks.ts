import type { ParkKind, ParkLevel } from '../reference/parkKinds';

/** Demo parks named in the source documents (../shared/seeds), with their real kind, level, partner and place. */
export interface DemoPark {
  name: string;
  nameEn: string;
  kind: ParkKind;
  level: ParkLevel;
  partnerCountries: string[];
  divisionCode: string;
  /** Name of the hosting development zone for a 园中园. */
  hostName?: string;
  leadingIndustries: string[];
  notes: string;
}

export const DEMO_PARKS: DemoPark[] = [
  {
    name: '杭州经济技术开发区',
    nameEn: 'Hangzhou Economic and Technological Development Zone',
    kind: 'economic_development',
    level: 'national',
    partnerCountries: [],
    divisionCode: '330114',
    leadingIndustries: ['智能制造', '生物医药', '信息技术'],
    notes: '下沙科技城；“下沙模式”全球精准合作（来源 003）',
  },
  {
    name: '新加坡杭州科技园',
    nameEn: 'Singapore Hangzhou Science & Technology Park',
    kind: 'international_cooperation',
    level: 'provincial',
    partnerCountries: ['SG'],
    divisionCode: '330114',
    hostName: '杭州经济技术开发区',
    leadingIndustries: ['研发创新', '生物医药'],
    notes: '引进礼来亚洲基金创新中心、帝国理工先进技术研究院等研发类项目（来源 000）',
  },
  {
    name: '中意宁波生态园',
    nameEn: 'Sino-Italian Ningbo Ecological Park',
    kind: 'international_cooperation',
    level: 'provincial',
    partnerCountries: ['IT'],
    divisionCode: '330281',
    leadingIndustries: ['节能环保', '新能源汽车'],
    notes: '省级国际产业合作园（来源 000）',
  },
  {
    name: '中德（长兴）国际产业合作园',
    nameEn: 'Sino-German (Changxing) International Industrial Cooperation Park',
    kind: 'international_cooperation',
    level: 'provincial',
    partnerCountries: ['DE'],
    divisionCode: '330522',
    leadingIndustries: ['智能装备'],
    notes: '省级国际产业合作园（来源 000）',
  },
  {
    name: '中德（嘉兴）产业合作园',
    nameEn: 'Sino-German (Jiaxing) Industrial Cooperation Park',
    kind: 'international_cooperation',
    level: 'provincial',
    partnerCountries: ['DE'],
    divisionCode: '330402',
    leadingIndustries: ['高端装备', '汽车零部件'],
    notes: '首批 11 个省级园区之一，全省首个揭牌的省级国际产业合作园（来源 001）',
  },
  {
    name: '中德（嘉兴）中小企业合作区',
    nameEn: 'Sino-German SME Cooperation Zone (Jiaxing)',
    kind: 'international_cooperation',
    level: 'national',
    partnerCountries: ['DE'],
    divisionCode: '330402',
    leadingIndustries: ['高端装备'],
    notes: '2017 年经工业和信息化部批复设立，嘉兴唯一的国家级国际合作园区（来源 001）',
  },
  {
    name: '中荷（嘉善）产业合作园',
    nameEn: 'Sino-Dutch (Jiashan) Industrial Cooperation Park',
    kind: 'international_cooperation',
    level: 'provincial',
    partnerCountries: ['NL'],
    divisionCode: '330421',
    leadingIndustries: ['新能源', '食品饮料'],
    notes: '引进喜力啤酒、利天万世锂电池项目（来源 001）',
  },
  {
    name: '中日（平湖）产业合作园',
    nameEn: 'Sino-Japanese (Pinghu) Industrial Cooperation Park',
    kind: 'international_cooperation',
    level: 'provincial',
    partnerCountries: ['JP'],
    divisionCode: '330482',
    leadingIndustries: ['汽车零部件', '装备制造'],
    notes: '汇聚近百家日资企业，中国最大的日资企业集聚地之一（来源 000、001）',
  },
  {
    name: '中法（海盐）产业合作园',
    nameEn: 'Sino-French (Haiyan) Industrial Cooperation Park',
    kind: 'international_cooperation',
    level: 'provincial',
    partnerCountries: ['FR'],
    divisionCode: '330424',
    leadingIndustries: ['装备制造'],
    notes: '首批 11 个省级园区之一（来源 001）',
  },
  {
    name: '杭州国家高新技术产业开发区',
    nameEn: 'Hangzhou National High-tech Industrial Development Zone',
    kind: 'high_tech',
    level: 'national',
    partnerCountries: [],
    divisionCode: '330108',
    leadingIndustries: ['数字经济', '集成电路', '人工智能'],
    notes: '目标：进入全国高新区前 10（来源 004）',
  },
  {
    name: '宁波国家高新技术产业开发区',
    nameEn: 'Ningbo National High-tech Industrial Development Zone',
    kind: 'high_tech',
    level: 'national',
    partnerCountries: [],
    divisionCode: '330212',
    leadingIndustries: ['新材料', '智能装备', '电子信息'],
    notes: '目标：进入全国高新区前 10（来源 004）',
  },
];

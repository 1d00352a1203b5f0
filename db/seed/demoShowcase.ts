import type { EnterpriseTag, PipelineStage, ProjectType } from '../reference/investment';

/**
 * The demo store's extra investors (demo mode only, not the first-run demo): two or three per park of the sources,
 * so every park fills a chart, each with monthly arrivals from 2025-01 to 2026-11 (two years for the year-on-year
 * line). Companies are invented and named as demo companies; amounts are in 万美元.
 */
export interface ShowcaseInvestor {
  park: string;
  enterprise: string;
  original: string;
  country: string;
  industry: string;
  tags: EnterpriseTag[];
  orgCode: string;
  type: ProjectType;
  stage: PipelineStage;
  signedOn: string;
  totalWan: number;
  contractedWan: number;
  /** Monthly arrival in 2025 (万美元); 2026 months grow by `growth` percent. */
  monthlyWan: number;
  growth: number;
}

export const SHOWCASE_INVESTORS: ShowcaseInvestor[] = [
  { park: '中意宁波生态园', enterprise: '意驰新能源汽车部件（宁波）有限公司（演示）', original: 'Demo Italdrive Components', country: 'IT', industry: '367', tags: ['industry_leader'], orgCode: 'MA2HDM101', type: 'new', stage: 'in_production', signedOn: '2024-06-18', totalWan: 12000, contractedWan: 6000, monthlyWan: 180, growth: 12 },
  { park: '中意宁波生态园', enterprise: '米兰精密液压（宁波）有限公司（演示）', original: 'Demo Milano Hydraulics', country: 'IT', industry: '344', tags: ['hidden_champion'], orgCode: 'MA2HDM102', type: 'capital_increase', stage: 'under_construction', signedOn: '2024-09-02', totalWan: 3600, contractedWan: 2400, monthlyWan: 60, growth: 20 },
  { park: '新加坡杭州科技园', enterprise: '狮城数据科技（杭州）有限公司（演示）', original: 'Demo Merlion Data', country: 'SG', industry: '651', tags: ['high_tech'], orgCode: 'MA27DM103', type: 'new', stage: 'in_production', signedOn: '2024-03-11', totalWan: 2500, contractedWan: 2000, monthlyWan: 45, growth: 8 },
  { park: '新加坡杭州科技园', enterprise: '环球生命科学研发（杭州）有限公司（演示）', original: 'Demo Global Life Sciences R&D', country: 'US', industry: '272', tags: ['fortune500', 'high_tech'], orgCode: 'MA27DM104', type: 'new', stage: 'registered', signedOn: '2024-11-20', totalWan: 9000, contractedWan: 5000, monthlyWan: 120, growth: 15 },
  { park: '中德（长兴）国际产业合作园', enterprise: '莱茵智能装备（长兴）有限公司（演示）', original: 'Demo Rhein Smart Machinery', country: 'DE', industry: '342', tags: ['hidden_champion'], orgCode: 'MA2BDM105', type: 'new', stage: 'in_production', signedOn: '2024-04-08', totalWan: 5000, contractedWan: 3500, monthlyWan: 90, growth: -5 },
  { park: '中德（长兴）国际产业合作园', enterprise: '巴伐利亚动力电池（长兴）有限公司（演示）', original: 'Demo Bavaria Battery', country: 'DE', industry: '384', tags: ['fortune500', 'industry_leader'], orgCode: 'MA2BDM106', type: 'new', stage: 'under_construction', signedOn: '2024-12-16', totalWan: 30000, contractedWan: 15000, monthlyWan: 260, growth: 25 },
  { park: '中德（嘉兴）产业合作园', enterprise: '汉堡工业自动化（嘉兴）有限公司（演示）', original: 'Demo Hamburg Automation', country: 'DE', industry: '342', tags: ['industry_leader'], orgCode: 'MA28DM107', type: 'capital_increase', stage: 'in_production', signedOn: '2024-05-27', totalWan: 4200, contractedWan: 3000, monthlyWan: 70, growth: 10 },
  { park: '中德（嘉兴）中小企业合作区', enterprise: '斯图加特精密传感（嘉兴）有限公司（演示）', original: 'Demo Stuttgart Sensors', country: 'DE', industry: '397', tags: ['specialized_new'], orgCode: 'MA28DM108', type: 'new', stage: 'registered', signedOn: '2024-10-09', totalWan: 1800, contractedWan: 1200, monthlyWan: 30, growth: 30 },
  { park: '中荷（嘉善）产业合作园', enterprise: '代尔夫特光电（嘉善）有限公司（演示）', original: 'Demo Delft Photonics', country: 'NL', industry: '397', tags: ['high_tech'], orgCode: 'MA2ADM109', type: 'new', stage: 'in_production', signedOn: '2024-02-19', totalWan: 6000, contractedWan: 4000, monthlyWan: 100, growth: 6 },
  { park: '中日（平湖）产业合作园', enterprise: '东海精工机械（平湖）有限公司（演示）', original: 'Demo Tokai Seiko', country: 'JP', industry: '344', tags: ['hidden_champion'], orgCode: 'MA28DM110', type: 'capital_increase', stage: 'in_production', signedOn: '2024-07-01', totalWan: 3000, contractedWan: 2000, monthlyWan: 55, growth: 4 },
  { park: '中日（平湖）产业合作园', enterprise: '大和电子材料（平湖）有限公司（演示）', original: 'Demo Yamato Electronic Materials', country: 'JP', industry: '398', tags: ['fortune500'], orgCode: 'MA28DM111', type: 'new', stage: 'under_construction', signedOn: '2024-08-12', totalWan: 16000, contractedWan: 9000, monthlyWan: 150, growth: 18 },
  { park: '中法（海盐）产业合作园', enterprise: '普罗旺斯核电装备（海盐）有限公司（演示）', original: 'Demo Provence Nuclear Equipment', country: 'FR', industry: '351', tags: ['industry_leader'], orgCode: 'MA28DM112', type: 'new', stage: 'in_production', signedOn: '2024-01-22', totalWan: 8000, contractedWan: 5000, monthlyWan: 110, growth: 9 },
  { park: '中法（海盐）产业合作园', enterprise: '里昂生物材料（海盐）有限公司（演示）', original: 'Demo Lyon Biomaterials', country: 'FR', industry: '265', tags: ['fortune500'], orgCode: 'MA28DM113', type: 'new', stage: 'signed', signedOn: '2024-12-03', totalWan: 7000, contractedWan: 4500, monthlyWan: 80, growth: 22 },
  { park: '杭州经济技术开发区', enterprise: '首尔显示模组（杭州）有限公司（演示）', original: 'Demo Seoul Display Modules', country: 'KR', industry: '397', tags: ['industry_leader'], orgCode: 'MA27DM114', type: 'new', stage: 'in_production', signedOn: '2024-05-06', totalWan: 20000, contractedWan: 10000, monthlyWan: 200, growth: 11 },
  { park: '杭州经济技术开发区', enterprise: '海法芯片设计（杭州）有限公司（演示）', original: 'Demo Haifa Chip Design', country: 'IL', industry: '652', tags: ['high_tech'], orgCode: 'MA27DM115', type: 'new', stage: 'registered', signedOn: '2024-10-28', totalWan: 2000, contractedWan: 1500, monthlyWan: 35, growth: 40 },
  { park: '杭州国家高新技术产业开发区', enterprise: '硅谷云计算（杭州）有限公司（演示）', original: 'Demo Valley Cloud', country: 'US', industry: '651', tags: ['fortune500', 'high_tech'], orgCode: 'MA27DM116', type: 'new', stage: 'in_production', signedOn: '2024-03-25', totalWan: 15000, contractedWan: 8000, monthlyWan: 170, growth: 14 },
  { park: '杭州国家高新技术产业开发区', enterprise: '赫尔辛基机器人（杭州）有限公司（演示）', original: 'Demo Helsinki Robotics', country: 'FI', industry: '391', tags: ['specialized_new'], orgCode: 'MA27DM117', type: 'new', stage: 'under_construction', signedOn: '2024-11-04', totalWan: 3000, contractedWan: 2000, monthlyWan: 50, growth: 35 },
  { park: '宁波国家高新技术产业开发区', enterprise: '班加罗尔软件（宁波）有限公司（演示）', original: 'Demo Bengaluru Software', country: 'IN', industry: '651', tags: ['high_tech'], orgCode: 'MA2HDM118', type: 'new', stage: 'in_production', signedOn: '2024-06-30', totalWan: 1500, contractedWan: 1000, monthlyWan: 25, growth: 7 },
  { park: '宁波国家高新技术产业开发区', enterprise: '釜山新材料（宁波）有限公司（演示）', original: 'Demo Busan Advanced Materials', country: 'KR', industry: '265', tags: ['industry_leader'], orgCode: 'MA2HDM119', type: 'capital_increase', stage: 'in_production', signedOn: '2024-02-05', totalWan: 6500, contractedWan: 4000, monthlyWan: 95, growth: -3 },
];

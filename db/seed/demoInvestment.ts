import type { EnterpriseTag, FollowUpKind, PipelineStage, ProjectType } from '../reference/investment';

/**
 * Demo investors and projects shaped like the sources' examples (000: 蒂森克虏伯, GE, 日本电产, 锂能沃克斯;
 * 001: 喜力, 利天万世, 辉门, 欧拓, 考泰斯; 000: 礼来 in 新加坡杭州科技园). Amounts, dates and credit codes are
 * invented for the demo and say so in the notes.
 */
export interface DemoInvestment {
  enterprise: string;
  original: string;
  country: string;
  industry: string;
  park: string;
  tags: EnterpriseTag[];
  /** Organisation-code part of an invented credit code; the check character is computed. */
  orgCode: string;
  project: string;
  type: ProjectType;
  stage: PipelineStage;
  /** Dates of the stages reached, in order from the first one recorded. */
  stageDates: string[];
  totalWan: number;
  contractedWan: number;
  landMu: number | null;
}

export const DEMO_INVESTMENTS: DemoInvestment[] = [
  { enterprise: '蒂森克虏伯汽车零部件（平湖）有限公司', original: 'thyssenkrupp Automotive Components (Pinghu)', country: 'DE', industry: '367', park: '中日（平湖）产业合作园', tags: ['fortune500'], orgCode: 'MA28TK001', project: '蒂森克虏伯转向系统增资扩产项目', type: 'capital_increase', stage: 'in_production', stageDates: ['2025-01-08', '2025-02-20', '2025-04-10', '2025-06-01', '2026-03-18'], totalWan: 15000, contractedWan: 8000, landMu: 120 },
  { enterprise: '辉门（平湖）汽车零部件有限公司', original: 'Federal-Mogul (Pinghu) Automotive Components', country: 'US', industry: '367', park: '中日（平湖）产业合作园', tags: ['industry_leader'], orgCode: 'MA28FM002', project: '辉门活塞环及密封件新建项目', type: 'new', stage: 'under_construction', stageDates: ['2025-03-02', '2025-05-16', '2025-07-01', '2025-09-20'], totalWan: 4500, contractedWan: 3000, landMu: 60 },
  { enterprise: '欧拓汽车声学部件（平湖）有限公司', original: 'Autoneum (Pinghu) Acoustics', country: 'CH', industry: '367', park: '中日（平湖）产业合作园', tags: ['hidden_champion'], orgCode: 'MA28AN003', project: '欧拓汽车声学隔热部件项目', type: 'new', stage: 'registered', stageDates: ['2025-06-11', '2025-09-03', '2025-11-28'], totalWan: 3200, contractedWan: 2000, landMu: 45 },
  { enterprise: '考泰斯汽车塑料系统（平湖）有限公司', original: 'Kautex Textron (Pinghu)', country: 'DE', industry: '292', park: '中日（平湖）产业合作园', tags: ['industry_leader'], orgCode: 'MA28KT004', project: '考泰斯燃油系统增资项目', type: 'capital_increase', stage: 'signed', stageDates: ['2026-02-10', '2026-05-06'], totalWan: 2800, contractedWan: 1500, landMu: null },
  { enterprise: '喜力啤酒（嘉善）有限公司', original: 'Heineken Brewery (Jiashan)', country: 'NL', industry: '151', park: '中荷（嘉善）产业合作园', tags: ['fortune500'], orgCode: 'MA2AHK005', project: '喜力啤酒嘉善酿造基地项目', type: 'new', stage: 'in_production', stageDates: ['2024-11-05', '2025-01-15', '2025-02-28', '2025-04-20', '2025-12-30'], totalWan: 20000, contractedWan: 12000, landMu: 260 },
  { enterprise: '利天万世（嘉善）锂电池有限公司', original: 'Lithium Werks (Jiashan)', country: 'NL', industry: '384', park: '中荷（嘉善）产业合作园', tags: ['industry_leader', 'high_tech'], orgCode: 'MA2ALW006', project: '利天万世锂电池及系统总成项目', type: 'new', stage: 'under_construction', stageDates: ['2025-02-01', '2025-03-12', '2025-05-30', '2025-08-08'], totalWan: 140000, contractedWan: 50000, landMu: 800 },
  { enterprise: '日本电产（平湖）电机有限公司', original: 'Nidec (Pinghu) Motor', country: 'JP', industry: '381', park: '中日（平湖）产业合作园', tags: ['industry_leader'], orgCode: 'MA28ND007', project: '日本电产新能源汽车驱动电机项目', type: 'new', stage: 'negotiating', stageDates: ['2026-04-02', '2026-08-19'], totalWan: 6000, contractedWan: 4000, landMu: 90 },
  { enterprise: 'GE医疗（杭州）有限公司', original: 'GE Healthcare (Hangzhou)', country: 'US', industry: '358', park: '杭州经济技术开发区', tags: ['fortune500'], orgCode: 'MA27GE008', project: 'GE医疗影像设备研发制造项目', type: 'new', stage: 'lead', stageDates: ['2026-09-15'], totalWan: 5000, contractedWan: 0, landMu: null },
  { enterprise: '礼来亚洲基金创新中心（杭州）有限公司', original: 'Lilly Asia Ventures Innovation Center', country: 'US', industry: '734', park: '新加坡杭州科技园', tags: ['fortune500', 'high_tech'], orgCode: 'MA27LY009', project: '礼来亚洲基金创新中心项目', type: 'new', stage: 'signed', stageDates: ['2025-10-10', '2026-01-22'], totalWan: 1200, contractedWan: 1000, landMu: null },
];

/** Source 003's country × industry pairs for global precise cooperation, at GB/T 4754 division level. */
export const DEMO_FOCUS: { country: string; industry: string; theme: string }[] = [
  ...['DE', 'FI'].flatMap((country) => [
    { country, industry: '35', theme: '智能制造高端装备' },
    { country, industry: '34', theme: '机器人' },
    { country, industry: '65', theme: '人工智能' },
    { country, industry: '36', theme: '智能网联汽车' },
  ]),
  ...['JP', 'KR'].flatMap((country) => [
    { country, industry: '34', theme: '机器人' },
    { country, industry: '65', theme: '人工智能' },
    { country, industry: '39', theme: '新型显示、集成电路、柔性电子、通信与网络' },
  ]),
  ...['IN', 'IL', 'TW'].flatMap((country) => [
    { country, industry: '65', theme: '高端软件、国防信息化、数字金融' },
    { country, industry: '39', theme: '集成电路' },
  ]),
  { country: 'US', industry: '65', theme: '人工智能、大数据' },
  { country: 'US', industry: '64', theme: '云计算' },
  { country: 'US', industry: '73', theme: '精准医疗' },
  { country: 'US', industry: '39', theme: '通信与网络、集成电路' },
];

export interface DemoTarget {
  company: string;
  original: string;
  country: string;
  industry: string;
  park: string;
  priority: 'A' | 'B' | 'C';
  status: 'tracking' | 'negotiating' | 'shelved';
  plan: string;
  followUps: { kind: FollowUpKind; on: string; summary: string; next?: string; due?: string }[];
}

export const DEMO_TARGETS: DemoTarget[] = [
  { company: '库卡机器人', original: 'KUKA', country: 'DE', industry: '34', park: '中德（嘉兴）产业合作园', priority: 'A', status: 'negotiating', plan: '一企一策：围绕其华东产能布局，提供标准地与人才公寓；以商招商对接已落户德资配套企业。', followUps: [
    { kind: 'visit', on: '2026-05-12', summary: '赴奥格斯堡总部拜访，介绍园区德资集聚情况', next: '提供选址方案', due: '2026-06-15' },
    { kind: 'cloud_meeting', on: '2026-06-20', summary: '云招商视频会，对方确认产能扩张需求', next: '邀请来园实地考察', due: '2026-12-10' },
  ] },
  { company: '通快激光', original: 'TRUMPF', country: 'DE', industry: '34', park: '中德（长兴）国际产业合作园', priority: 'B', status: 'tracking', plan: '一企一策：跟踪其激光装备中国市场拓展计划。', followUps: [
    { kind: 'call', on: '2026-09-03', summary: '电话联系中国区负责人', next: '寄送园区推介材料', due: '2026-11-20' },
  ] },
  { company: '通力电梯', original: 'KONE', country: 'FI', industry: '34', park: '中德（嘉兴）产业合作园', priority: 'C', status: 'tracking', plan: '一企一策：关注其智能制造工厂升级需求。', followUps: [] },
  { company: '安川电机', original: 'Yaskawa Electric', country: 'JP', industry: '34', park: '中日（平湖）产业合作园', priority: 'A', status: 'tracking', plan: '一企一策：依托平湖日资企业集聚，推介机器人应用场景。', followUps: [
    { kind: 'visit', on: '2026-10-15', summary: '在东京拜访海外事业部', next: '云签约意向书', due: '2026-12-01' },
  ] },
  { company: '三星显示', original: 'Samsung Display', country: 'KR', industry: '39', park: '杭州经济技术开发区', priority: 'B', status: 'tracking', plan: '一企一策：新型显示模组配套项目。', followUps: [] },
  { company: '以色列芯片设计企业（演示）', original: 'Demo Semiconductor Design Ltd.', country: 'IL', industry: '65', park: '杭州经济技术开发区', priority: 'B', status: 'tracking', plan: '一企一策：依托中以孵化园开展共同研发。', followUps: [] },
  { company: '印孚瑟斯', original: 'Infosys', country: 'IN', industry: '65', park: '新加坡杭州科技园', priority: 'C', status: 'shelved', plan: '一企一策：高端软件外包中心，暂缓。', followUps: [] },
  { company: '英伟达', original: 'NVIDIA', country: 'US', industry: '65', park: '杭州经济技术开发区', priority: 'A', status: 'tracking', plan: '一企一策：人工智能算力与研发中心。', followUps: [
    { kind: 'note', on: '2026-08-08', summary: '通过硅谷杭州中心取得联系', next: '安排硅谷拜访', due: '2026-11-15' },
  ] },
];

/**
 * Demo applications for the demo investors, one or more in every state. History is on fixed 2026 dates (a 补正 that
 * spans 国庆, a land pre-review that ran late); what must show a live light is dated in working days before the
 * day the demo is loaded, so red stays red and yellow stays yellow whenever it is loaded.
 */

/** A fixed date, or so many working days before (ago) or after the day the demo is loaded. */
export type DemoDay = string | { ago: number } | { ahead: number };

export type DemoStep =
  | { do: 'accept'; on: DemoDay; missing?: string[]; supplyBy?: DemoDay; comment?: string }
  | { do: 'supply'; on: DemoDay; materials: string[] }
  | { do: 'approve'; on: DemoDay; stepNo: number; department: string; comment?: string }
  | { do: 'return' | 'reject' | 'suspend'; on: DemoDay; reason: string }
  | { do: 'resubmit' | 'resume' | 'withdraw' | 'complete'; on: DemoDay; comment?: string };

export interface DemoApplication {
  enterprise: string;
  project?: string;
  template: string;
  subject: string;
  contactName: string;
  contactPhone: string;
  submittedOn: DemoDay;
  steps: DemoStep[];
}

const INVEST = '企业投资项目备案';
const FIE = '外商投资企业设立备案';
const TALENT = '外国高端人才工作许可（最长 5 年）';
const CUSTOMS = '海关进出口货物收发货人备案';
const LAND = '建设项目用地预审';

export const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    enterprise: '蒂森克虏伯汽车零部件（平湖）有限公司', project: '蒂森克虏伯转向系统增资扩产项目', template: INVEST,
    subject: '转向系统增资扩产项目备案', contactName: '王立新', contactPhone: '0573-8501 2201', submittedOn: '2026-08-03',
    steps: [
      { do: 'accept', on: '2026-08-04', comment: '一窗受理，材料齐全' },
      { do: 'approve', on: '2026-08-05', stepNo: 1, department: '发展和改革局', comment: '备案信息核对无误（承诺制）' },
      { do: 'approve', on: '2026-08-06', stepNo: 2, department: '经济和信息化局', comment: '符合产业政策' },
      { do: 'approve', on: '2026-08-07', stepNo: 2, department: '发展和改革局' },
      { do: 'complete', on: '2026-08-10', comment: '备案证明已出具' },
    ],
  },
  {
    enterprise: '辉门（平湖）汽车零部件有限公司', project: '辉门活塞环及密封件新建项目', template: LAND,
    subject: '活塞环及密封件新建项目用地预审（60 亩）', contactName: '陈思远', contactPhone: '0573-8502 3302', submittedOn: '2026-05-29',
    steps: [
      { do: 'accept', on: '2026-06-01', missing: ['项目备案或核准文件'], supplyBy: '2026-06-30', comment: '容缺受理：备案文件在办' },
      { do: 'approve', on: '2026-06-12', stepNo: 1, department: '自然资源和规划局', comment: '现场踏勘完成' },
      { do: 'supply', on: '2026-06-15', materials: ['项目备案或核准文件'] },
      { do: 'approve', on: '2026-06-16', stepNo: 2, department: '自然资源和规划局' },
      { do: 'approve', on: '2026-06-23', stepNo: 2, department: '农业农村局', comment: '不占用永久基本农田' },
      { do: 'approve', on: '2026-07-01', stepNo: 3, department: '自然资源和规划局' },
      { do: 'complete', on: '2026-07-02', comment: '预审意见已送达（超承诺时限）' },
    ],
  },
  {
    enterprise: '日本电产（平湖）电机有限公司', template: FIE,
    subject: '日本电产新能源驱动电机公司设立', contactName: '佐藤健一', contactPhone: '0573-8503 4403', submittedOn: '2026-09-18',
    steps: [
      { do: 'accept', on: '2026-09-21' },
      { do: 'return', on: '2026-09-22', reason: '补正：投资者主体资格证明须经公证认证' },
      { do: 'resubmit', on: '2026-10-12', comment: '国庆后补正到位' },
      { do: 'approve', on: '2026-10-12', stepNo: 1, department: '商务局' },
      { do: 'approve', on: '2026-10-13', stepNo: 2, department: '商务局' },
      { do: 'complete', on: '2026-10-14' },
    ],
  },
  {
    enterprise: '利天万世（嘉善）锂电池有限公司', project: '利天万世锂电池及系统总成项目', template: LAND,
    subject: '锂电池及系统总成二期用地预审（180 亩）', contactName: '林嘉怡', contactPhone: '0573-8401 5504', submittedOn: '2026-09-18',
    steps: [
      { do: 'accept', on: '2026-09-21', missing: ['项目备案或核准文件'], supplyBy: '2026-10-30', comment: '容缺受理' },
      { do: 'return', on: '2026-09-29', reason: '补正：拟用地范围图与国土空间规划不衔接，请重新标注后提交' },
    ],
  },
  {
    enterprise: '喜力啤酒（嘉善）有限公司', template: CUSTOMS,
    subject: '进出口货物收发货人备案', contactName: 'Jan de Vries', contactPhone: '0573-8402 6605', submittedOn: { ago: 7 },
    steps: [{ do: 'accept', on: { ago: 6 } }],
  },
  {
    enterprise: '考泰斯汽车塑料系统（平湖）有限公司', project: '考泰斯燃油系统增资项目', template: INVEST,
    subject: '燃油系统增资项目备案', contactName: '刘海峰', contactPhone: '0573-8504 7706', submittedOn: { ago: 2 },
    steps: [
      { do: 'accept', on: { ago: 2 } },
      { do: 'approve', on: { ago: 1 }, stepNo: 1, department: '发展和改革局' },
    ],
  },
  {
    enterprise: '欧拓汽车声学部件（平湖）有限公司', template: TALENT,
    subject: '瑞士籍声学总工程师来华工作许可（A 类，5 年）', contactName: '张蕾', contactPhone: '0573-8505 8807', submittedOn: { ago: 0 },
    steps: [{ do: 'accept', on: { ago: 0 } }],
  },
  {
    enterprise: '礼来亚洲基金创新中心（杭州）有限公司', template: TALENT,
    subject: '美籍首席科学家来华工作许可（A 类）', contactName: '周敏', contactPhone: '0571-8601 9908', submittedOn: { ago: 5 },
    steps: [
      { do: 'accept', on: { ago: 4 } },
      { do: 'suspend', on: { ago: 2 }, reason: '依申请中止：最高学位证书待驻外使领馆认证' },
    ],
  },
  {
    enterprise: '利天万世（嘉善）锂电池有限公司', template: TALENT,
    subject: '荷兰籍电池系统专家来华工作许可（A 类）', contactName: '林嘉怡', contactPhone: '0573-8401 5504', submittedOn: { ago: 0 },
    steps: [{ do: 'accept', on: { ago: 0 }, missing: ['无犯罪记录证明'], supplyBy: { ahead: 15 }, comment: '容缺受理，申请人书面承诺限期补交' }],
  },
  {
    enterprise: 'GE医疗（杭州）有限公司', template: FIE,
    subject: 'GE医疗影像设备研发制造公司设立', contactName: 'Michael Chen', contactPhone: '0571-8602 1009', submittedOn: { ago: 0 },
    steps: [],
  },
  {
    enterprise: '日本电产（平湖）电机有限公司', template: TALENT,
    subject: '日籍电机研发部长来华工作许可（A 类）', contactName: '佐藤健一', contactPhone: '0573-8503 4403', submittedOn: { ago: 6 },
    steps: [
      { do: 'accept', on: { ago: 5 }, missing: ['体检证明'], supplyBy: { ahead: 10 } },
      { do: 'approve', on: { ago: 4 }, stepNo: 1, department: '科学技术局（外国专家局）' },
      { do: 'approve', on: { ago: 3 }, stepNo: 2, department: '科学技术局（外国专家局）', comment: '准予许可，待体检证明补齐后发证' },
    ],
  },
  {
    enterprise: '辉门（平湖）汽车零部件有限公司', template: CUSTOMS,
    subject: '进出口货物收发货人备案', contactName: '陈思远', contactPhone: '0573-8502 3302', submittedOn: '2026-10-19',
    steps: [
      { do: 'accept', on: '2026-10-19' },
      { do: 'reject', on: '2026-10-20', reason: '营业执照经营范围未含货物进出口，请先办理经营范围变更登记' },
    ],
  },
  {
    enterprise: '欧拓汽车声学部件（平湖）有限公司', project: '欧拓汽车声学隔热部件项目', template: INVEST,
    subject: '声学隔热部件项目备案', contactName: '张蕾', contactPhone: '0573-8505 8807', submittedOn: '2026-10-26',
    steps: [
      { do: 'accept', on: '2026-10-27' },
      { do: 'withdraw', on: '2026-10-28', comment: '企业调整投资方案，申请撤回' },
    ],
  },
  {
    enterprise: '蒂森克虏伯汽车零部件（平湖）有限公司', project: '蒂森克虏伯转向系统增资扩产项目', template: LAND,
    subject: '转向系统扩产项目新增用地预审（35 亩）', contactName: '王立新', contactPhone: '0573-8501 2201', submittedOn: { ago: 21 },
    steps: [
      { do: 'accept', on: { ago: 20 } },
      { do: 'approve', on: { ago: 12 }, stepNo: 1, department: '自然资源和规划局' },
      { do: 'approve', on: { ago: 10 }, stepNo: 2, department: '自然资源和规划局' },
    ],
  },
];

import type { WorkflowStepDefinition } from '../schema';
import type { WorkflowCategory } from './workflows';

export interface ReferenceTemplate {
  name: string;
  category: WorkflowCategory;
  legalBasis: string;
  steps: WorkflowStepDefinition[];
}

const DEMO_LIMITS = '（时限为演示值，请按本地政务服务事项清单核定）';

const m = (name: string, mandatory = true) => ({ name, mandatory });

/**
 * Five procedures a park's foreign investors meet first, with the departments that approve them. Departments,
 * roles and limits are plausible demo values, not any county's published service guide; each says so.
 */
export const REFERENCE_TEMPLATES: ReferenceTemplate[] = [
  {
    name: '外商投资企业设立备案',
    category: 'foreign_investment',
    legalBasis: `《中华人民共和国外商投资法》及其实施条例；《外商投资信息报告办法》（商务部、市场监管总局令2019年第2号）。原《外商投资企业设立及变更备案管理暂行办法》已于2020年废止，此处按园区一窗受理的设立报告流程演示${DEMO_LIMITS}`,
    steps: [
      {
        name: '材料审核', departments: ['商务局'], role: '外资科经办人', statutoryDays: 3, promisedDays: 1, allowsMissing: true, isPledge: true,
        materials: [m('外商投资企业设立报告表'), m('投资者主体资格证明'), m('法定代表人身份证明'), m('授权委托书', false)],
      },
      {
        name: '出具回执', departments: ['商务局'], role: '外资科科长', statutoryDays: 2, promisedDays: 1, allowsMissing: false, isPledge: false,
        materials: [],
      },
    ],
  },
  {
    name: '企业投资项目备案',
    category: 'investment_project',
    legalBasis: `《企业投资项目核准和备案管理条例》（国务院令第673号）；《企业投资项目核准和备案管理办法》（国家发展改革委令2017年第2号）；浙江省企业投资项目“标准地+承诺制”${DEMO_LIMITS}`,
    steps: [
      {
        name: '备案信息核对', departments: ['发展和改革局'], role: '投资科经办人', statutoryDays: 3, promisedDays: 1, allowsMissing: true, isPledge: true,
        materials: [m('项目备案信息表'), m('营业执照'), m('项目单位承诺书'), m('项目选址意向说明', false)],
      },
      {
        name: '产业政策符合性会签', departments: ['发展和改革局', '经济和信息化局'], role: '科长', statutoryDays: 5, promisedDays: 2, allowsMissing: false, isPledge: false,
        materials: [m('产业政策符合性说明')],
      },
    ],
  },
  {
    name: '外国高端人才工作许可（最长 5 年）',
    category: 'talent',
    legalBasis: `《外国人入境出境管理条例》；《外国人在中国工作管理规定》；《关于全面实施外国人来华工作许可制度的通知》（外专发〔2017〕40号）；来源文件 004：高端外国人才工作许可期限最长可至 5 年${DEMO_LIMITS}`,
    steps: [
      {
        name: '受理审查', departments: ['科学技术局（外国专家局）'], role: '外国人工作管理审查员', statutoryDays: 5, promisedDays: 2, allowsMissing: true, isPledge: true,
        materials: [m('外国人工作许可申请表'), m('护照'), m('工作资历证明'), m('最高学位（学历）证书'), m('无犯罪记录证明'), m('体检证明'), m('聘用合同或任职证明'), m('随行家属关系证明', false)],
      },
      {
        name: '许可决定', departments: ['科学技术局（外国专家局）'], role: '分管局长', statutoryDays: 5, promisedDays: 1, allowsMissing: false, isPledge: false,
        materials: [],
      },
    ],
  },
  {
    name: '海关进出口货物收发货人备案',
    category: 'customs',
    legalBasis: `《中华人民共和国海关报关单位备案管理规定》（海关总署令第253号）${DEMO_LIMITS}`,
    steps: [
      {
        name: '备案审核', departments: ['属地海关'], role: '企业管理科关员', statutoryDays: 3, promisedDays: 1, allowsMissing: false, isPledge: false,
        materials: [m('报关单位备案信息表'), m('营业执照', false)],
      },
    ],
  },
  {
    name: '建设项目用地预审',
    category: 'land',
    legalBasis: `《中华人民共和国土地管理法》及其实施条例；《建设项目用地预审管理办法》（国土资源部令第68号）；《关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）${DEMO_LIMITS}`,
    steps: [
      {
        name: '材料审查与现场踏勘', departments: ['自然资源和规划局'], role: '用地科经办人', statutoryDays: 10, promisedDays: 5, allowsMissing: true, isPledge: false,
        materials: [m('建设项目用地预审与选址意见书申请表'), m('建设项目用地预审申请报告'), m('项目备案或核准文件'), m('拟用地范围图（国土空间规划图标注）'), m('节地评价报告', false)],
      },
      {
        name: '耕地保护会签', departments: ['自然资源和规划局', '农业农村局'], role: '科长', statutoryDays: 5, promisedDays: 3, allowsMissing: false, isPledge: false,
        materials: [m('占用永久基本农田论证材料', false)],
      },
      {
        name: '预审决定', departments: ['自然资源和规划局'], role: '分管局长', statutoryDays: 5, promisedDays: 2, allowsMissing: false, isPledge: false,
        materials: [],
      },
    ],
  },
];

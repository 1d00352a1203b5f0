import { APEC_ECONOMIES, type ChecklistDomain, type ProfileNeed } from './checklists';
import type { ChecklistApplicability, ChecklistMaterial, ChecklistTemplateItem } from '../schema/checklists';

export interface ReferenceChecklistTemplate {
  domain: ChecklistDomain;
  nameZh: string;
  nameEn: string;
  note: string;
  items: ChecklistTemplateItem[];
}

const DEMO_NOTE = '演示数据：办理时限为演示值，材料清单为常见要求，请以主管部门最新规定为准。';

function when(needs: ProfileNeed[] = [], more: Partial<Omit<ChecklistApplicability, 'needs'>> = {}): ChecklistApplicability {
  return { needs, tagsAny: more.tagsAny ?? [], projectTypes: more.projectTypes ?? [], countries: more.countries ?? [] };
}

const m = (name: string, nameEn: string, required = true): ChecklistMaterial => ({ name, nameEn, required });

const LICENCE = m('营业执照', 'Business licence');
const AUTHORISATION = m('授权委托书', 'Letter of authorisation', false);

interface ItemSpec {
  key: string;
  zh: string;
  en: string;
  agencyZh: string;
  agencyEn: string;
  basis: string;
  materials: ChecklistMaterial[];
  days: number;
  required?: boolean;
  applies?: ChecklistApplicability;
}

function item(spec: ItemSpec): ChecklistTemplateItem {
  return {
    key: spec.key, titleZh: spec.zh, titleEn: spec.en, agencyZh: spec.agencyZh, agencyEn: spec.agencyEn, legalBasis: spec.basis,
    policyClauseId: null, materials: spec.materials, timeLimitDays: spec.days, demoLimit: true, required: spec.required ?? true,
    applicability: spec.applies ?? when(),
  };
}

const CUSTOMS_ZH = '所在地直属海关（杭州海关／宁波海关）';
const CUSTOMS_EN = 'Local customs district (Hangzhou / Ningbo Customs)';

const customs: ReferenceChecklistTemplate = {
  domain: 'customs', nameZh: '海关事务服务清单', nameEn: 'Customs services checklist', note: DEMO_NOTE,
  items: [
    item({
      key: 'customs.consignee', zh: '进出口货物收发货人备案', en: 'Customs registration as consignee/consignor of import and export goods',
      agencyZh: CUSTOMS_ZH, agencyEn: CUSTOMS_EN, basis: '《中华人民共和国海关报关单位备案管理规定》（海关总署令第253号）',
      materials: [LICENCE, m('报关单位备案信息表', 'Customs declaration entity filing form'), AUTHORISATION], days: 1, applies: when(['trade']),
    }),
    item({
      key: 'customs.eport', zh: '电子口岸卡及“单一窗口”开户', en: 'China E-Port card and Single Window account',
      agencyZh: '中国电子口岸数据中心浙江分中心', agencyEn: 'China E-Port Data Centre, Zhejiang branch', basis: '国际贸易“单一窗口”建设有关规定',
      materials: [LICENCE, m('法定代表人身份证件', 'Legal representative’s identity document'), m('电子口岸入网申请表', 'E-Port enrolment form')], days: 3, applies: when(['trade']),
    }),
    item({
      key: 'customs.aeo', zh: 'AEO 高级认证企业申请', en: 'AEO Advanced Certified Enterprise application',
      agencyZh: CUSTOMS_ZH, agencyEn: CUSTOMS_EN, basis: '《中华人民共和国海关注册登记和备案企业信用管理办法》（海关总署令第251号）；海关高级认证企业标准',
      materials: [m('AEO 认证申请书', 'AEO application letter'), m('内部控制制度及贸易安全自评估报告', 'Internal controls and trade-security self-assessment'), m('近两年财务审计报告', 'Audited accounts for the last two years')],
      days: 90, required: false, applies: when(['trade']),
    }),
    item({
      key: 'customs.bonded', zh: '综合保税区入区企业备案及账册设立', en: 'Entry into a comprehensive bonded zone: filing and bonded ledger',
      agencyZh: '综合保税区管委会、主管海关', agencyEn: 'Comprehensive bonded zone administration and its customs office', basis: '《中华人民共和国海关综合保税区管理办法》（海关总署令第256号）',
      materials: [LICENCE, m('入区项目可行性说明', 'Project feasibility statement for the zone'), m('加工贸易或物流账册设立申请', 'Application for a processing-trade or logistics ledger')],
      days: 20, required: false, applies: when(['trade', 'manufacturer']),
    }),
    item({
      key: 'customs.duty_exemption', zh: '鼓励类外商投资项目进口设备减免税确认', en: 'Duty exemption for imported equipment of an encouraged foreign-investment project',
      agencyZh: CUSTOMS_ZH, agencyEn: CUSTOMS_EN, basis: '《鼓励外商投资产业目录》；《中华人民共和国海关进出口货物减免税管理办法》（海关总署令第245号）',
      materials: [m('项目确认书或备案证明', 'Project confirmation or filing certificate'), m('进口设备清单', 'List of imported equipment'), m('进口合同', 'Import contract')],
      days: 10, applies: when(['imports', 'manufacturer'], { projectTypes: ['new', 'capital_increase'] }),
    }),
  ],
};

const ip: ReferenceChecklistTemplate = {
  domain: 'ip', nameZh: '知识产权保护服务清单', nameEn: 'IP protection services checklist', note: DEMO_NOTE,
  items: [
    item({
      key: 'ip.trademark', zh: '商标注册申请（含马德里国际注册指定中国）', en: 'Trademark registration (incl. Madrid designation of China)',
      agencyZh: '国家知识产权局商标局（杭州商标受理窗口）', agencyEn: 'CNIPA Trademark Office (Hangzhou filing window)', basis: '《中华人民共和国商标法》',
      materials: [m('商标注册申请书', 'Trademark application form'), m('商标图样', 'Trademark specimen'), m('主体资格证明文件', 'Proof of applicant’s legal status'), AUTHORISATION],
      days: 20,
    }),
    item({
      key: 'ip.patent', zh: '专利申请及优先审查推荐', en: 'Patent filing and recommendation for prioritised examination',
      agencyZh: '浙江省知识产权保护中心', agencyEn: 'Zhejiang Intellectual Property Protection Center', basis: '《中华人民共和国专利法》；《专利优先审查管理办法》',
      materials: [m('专利申请文件（请求书、说明书、权利要求书）', 'Patent application documents (request, description, claims)'), m('优先审查请求书', 'Request for prioritised examination', false)],
      days: 15, required: false, applies: when([], { tagsAny: ['high_tech', 'specialized_new', 'tech_sme', 'hidden_champion'] }),
    }),
    item({
      key: 'ip.customs_record', zh: '知识产权海关保护备案', en: 'Recordal of IP rights with customs',
      agencyZh: '海关总署', agencyEn: 'General Administration of Customs', basis: '《中华人民共和国知识产权海关保护条例》',
      materials: [m('知识产权海关保护备案申请书', 'Application for customs recordal'), m('商标注册证或专利证书', 'Trademark or patent certificate')], days: 30, required: false, applies: when(['trade']),
    }),
    item({
      key: 'ip.pledge', zh: '知识产权质押融资对接', en: 'IP-backed (pledge) financing',
      agencyZh: '市市场监管局（知识产权局）、合作银行', agencyEn: 'Municipal market regulation (IP) bureau and partner banks', basis: '浙江省关于扩大知识产权质押融资规模的政策（见来源 004）',
      materials: [m('知识产权权属证明', 'Proof of IP ownership'), m('评估报告', 'Valuation report'), m('质押登记申请表', 'Pledge registration form')], days: 10, required: false,
      applies: when([], { tagsAny: ['high_tech', 'specialized_new', 'tech_sme'] }),
    }),
    item({
      key: 'ip.rights_assistance', zh: '知识产权维权援助备案', en: 'IP rights-protection assistance (维权援助) registration',
      agencyZh: '中国（浙江）知识产权维权援助中心', agencyEn: 'China (Zhejiang) IP Rights Protection Assistance Center', basis: '《浙江省知识产权保护和促进条例》',
      materials: [m('维权援助申请表', 'Assistance application form'), LICENCE], days: 5, required: false,
    }),
  ],
};

const foreignAffairs: ReferenceChecklistTemplate = {
  domain: 'foreign_affairs', nameZh: '外事服务清单', nameEn: 'Foreign affairs services checklist', note: DEMO_NOTE,
  items: [
    item({
      key: 'fa.invitation', zh: '邀请外国人来华签证邀请函（含被授权单位邀请函）', en: 'Visa invitation letter for foreign visitors',
      agencyZh: '市外事办公室（外办）', agencyEn: 'Municipal Foreign Affairs Office', basis: '《中华人民共和国外国人入境出境管理条例》',
      materials: [m('邀请单位申请函', 'Inviting company’s request letter'), m('被邀请人护照复印件', 'Copy of the invitee’s passport'), m('访问日程', 'Visit itinerary')],
      days: 5, applies: when(['foreign_staff']),
    }),
    item({
      key: 'fa.work_permit', zh: '外国人来华工作许可（高端人才 A 类最长可给予 5 年）', en: 'Work permit for foreigners (category A high-end talent: up to 5 years)',
      agencyZh: '市科学技术局（外国专家服务窗口）', agencyEn: 'Municipal Science and Technology Bureau (foreign experts window)',
      basis: '《外国人在中国工作管理规定》；来源 004：高新区内企业聘用的外国高端人才申请工作许可不受年龄、学历和工作经历限制，可给予最长期限 5 年',
      materials: [m('外国人来华工作许可申请表', 'Work permit application form'), m('工作资历证明', 'Proof of work experience'), m('最高学位证书', 'Highest degree certificate'), m('无犯罪记录证明', 'Certificate of no criminal record'), m('体检证明', 'Health certificate'), m('劳动合同或聘用意向书', 'Employment contract or letter of intent')],
      days: 10, applies: when(['foreign_staff']),
    }),
    item({
      key: 'fa.residence', zh: '外国人工作类居留许可', en: 'Residence permit for work',
      agencyZh: '市公安局出入境管理局', agencyEn: 'Municipal Public Security Bureau, Exit-Entry Administration', basis: '《中华人民共和国出境入境管理法》',
      materials: [m('护照及签证', 'Passport and visa'), m('外国人工作许可证', 'Foreigner’s work permit'), m('住宿登记表', 'Registration of temporary residence'), m('体检证明', 'Health certificate')],
      days: 15, applies: when(['foreign_staff']),
    }),
    item({
      key: 'fa.apec_card', zh: 'APEC 商务旅行卡申办', en: 'APEC Business Travel Card',
      agencyZh: '市外事办公室（外办）', agencyEn: 'Municipal Foreign Affairs Office', basis: '《APEC 商务旅行卡管理办法》',
      materials: [m('APEC 商务旅行卡申请表', 'ABTC application form'), m('企业对外贸易或投资证明', 'Proof of foreign trade or investment'), m('申请人护照', 'Applicant’s passport')],
      days: 20, required: false, applies: when([], { countries: [...APEC_ECONOMIES] }),
    }),
  ],
};

const inspection: ReferenceChecklistTemplate = {
  domain: 'inspection', nameZh: '检验检疫服务清单', nameEn: 'Inspection and quarantine services checklist', note: DEMO_NOTE,
  items: [
    item({
      key: 'insp.import_goods', zh: '进口商品检验（法检目录内商品报检）', en: 'Inspection of imported goods subject to mandatory inspection',
      agencyZh: '海关（原检验检疫部门）', agencyEn: 'Customs (former inspection and quarantine bureau)', basis: '《中华人民共和国进出口商品检验法》及其实施条例',
      materials: [m('进口合同及发票', 'Import contract and invoice'), m('装箱单及提单', 'Packing list and bill of lading'), m('原产地证明', 'Certificate of origin', false)],
      days: 20, applies: when(['imports']),
    }),
    item({
      key: 'insp.quarantine', zh: '进境动植物及其产品检疫审批', en: 'Quarantine approval for entry of animals, plants and their products',
      agencyZh: '海关（动植物检疫部门）', agencyEn: 'Customs (animal and plant quarantine)', basis: '《中华人民共和国进出境动植物检疫法》',
      materials: [m('进境动植物检疫许可证申请表', 'Application for entry quarantine permit'), m('输出国官方检疫证书', 'Exporting country’s official quarantine certificate')],
      days: 20, required: false, applies: when(['imports', 'manufacturer']),
    }),
    item({
      key: 'insp.export_food', zh: '出口食品生产企业备案', en: 'Filing as an export food manufacturer',
      agencyZh: '所在地直属海关', agencyEn: 'Local customs district', basis: '《中华人民共和国进出口食品安全管理办法》（海关总署令第249号）',
      materials: [LICENCE, m('出口食品生产企业备案申请表', 'Filing form for export food manufacturers'), m('食品安全卫生控制体系文件', 'Food safety and hygiene control system documents')],
      days: 5, required: false, applies: when(['exports', 'manufacturer']),
    }),
    item({
      key: 'insp.ccc', zh: '进口设备 CCC 认证或免办证明', en: 'CCC certification of imported equipment, or exemption',
      agencyZh: '国家认监委指定认证机构／海关', agencyEn: 'CNCA-designated certification body / customs', basis: '《强制性产品认证管理规定》',
      materials: [m('产品说明及型号清单', 'Product description and model list'), m('免办申请或认证申请', 'Exemption or certification application')],
      days: 10, required: false, applies: when(['imports', 'manufacturer']),
    }),
  ],
};

const tax: ReferenceChecklistTemplate = {
  domain: 'tax', nameZh: '税务服务清单', nameEn: 'Tax services checklist', note: DEMO_NOTE,
  items: [
    item({
      key: 'tax.registration', zh: '税务登记信息确认（“多证合一”后首次办税）', en: 'Tax registration confirmation (first tax matters after combined licence)',
      agencyZh: '所在地税务局办税服务厅', agencyEn: 'Local tax bureau service hall', basis: '《中华人民共和国税收征收管理法》',
      materials: [LICENCE, m('法定代表人及财务负责人身份证件', 'Identity documents of legal representative and finance manager'), m('银行开户信息', 'Bank account details')], days: 1,
    }),
    item({
      key: 'tax.invoice', zh: '发票票种核定及税控（数电发票）开通', en: 'Invoice types and digital invoicing',
      agencyZh: '所在地税务局', agencyEn: 'Local tax bureau', basis: '《中华人民共和国发票管理办法》',
      materials: [m('票种核定申请表', 'Invoice type application')], days: 2,
    }),
    item({
      key: 'tax.export_rebate', zh: '出口退（免）税备案', en: 'Filing for export VAT refund (exemption)',
      agencyZh: '所在地税务局', agencyEn: 'Local tax bureau', basis: '《出口货物劳务增值税和消费税管理办法》',
      materials: [m('出口退（免）税备案表', 'Export refund filing form'), m('进出口货物收发货人备案回执', 'Customs consignor filing receipt')], days: 2, applies: when(['exports']),
    }),
    item({
      key: 'tax.high_tech_rate', zh: '高新技术企业 15% 企业所得税优惠备案', en: '15% corporate income tax rate for high-tech enterprises',
      agencyZh: '所在地税务局', agencyEn: 'Local tax bureau', basis: '《中华人民共和国企业所得税法》第二十八条',
      materials: [m('高新技术企业证书', 'High-tech enterprise certificate'), m('研发费用辅助账', 'R&D expense sub-ledger')], days: 5, required: false, applies: when([], { tagsAny: ['high_tech'] }),
    }),
    item({
      key: 'tax.reinvestment', zh: '境外投资者以分配利润直接投资暂不征收预提所得税', en: 'Withholding tax deferral on profits reinvested by foreign investors',
      agencyZh: '所在地税务局', agencyEn: 'Local tax bureau', basis: '财税〔2018〕102号',
      materials: [m('境外投资者递延缴纳预提所得税信息报告表', 'Deferral information report'), m('利润分配决议', 'Profit distribution resolution')], days: 5, required: false,
      applies: when([], { projectTypes: ['capital_increase'] }),
    }),
  ],
};

const talent: ReferenceChecklistTemplate = {
  domain: 'talent', nameZh: '人才服务清单', nameEn: 'Talent services checklist', note: DEMO_NOTE,
  items: [
    item({
      key: 'talent.recognition', zh: '高层次人才分类认定', en: 'High-level talent recognition',
      agencyZh: '市委人才办、市人力社保局', agencyEn: 'Municipal talent office and human resources bureau', basis: '浙江省高层次人才分类目录；来源 004（“人才码”、人才绿色通道）',
      materials: [m('人才认定申请表', 'Talent recognition form'), m('学历学位及职称证明', 'Degree and professional title certificates'), m('劳动合同', 'Employment contract')], days: 15, required: false,
    }),
    item({
      key: 'talent.apartment', zh: '人才公寓申请', en: 'Talent apartment application',
      agencyZh: '园区管委会人才服务中心', agencyEn: 'Park talent service centre', basis: '园区人才公寓管理办法',
      materials: [m('人才公寓申请表', 'Apartment application form'), m('人才认定证书', 'Talent recognition certificate', false)], days: 10, required: false,
    }),
    item({
      key: 'talent.foreign_children', zh: '外籍人才子女入学及医疗保障对接', en: 'Schooling and healthcare for foreign talents’ families',
      agencyZh: '市教育局、市卫生健康委', agencyEn: 'Municipal education bureau and health commission', basis: '浙江省外国高端人才服务“一卡通”有关规定',
      materials: [m('外国人工作许可证', 'Foreigner’s work permit'), m('子女护照及学籍材料', 'Children’s passports and school records', false)], days: 10, required: false, applies: when(['foreign_staff']),
    }),
    item({
      key: 'talent.social_insurance', zh: '外籍员工社会保险登记', en: 'Social insurance enrolment of foreign employees',
      agencyZh: '市社会保险事业管理中心', agencyEn: 'Municipal social insurance centre', basis: '《在中国境内就业的外国人参加社会保险暂行办法》',
      materials: [m('外国人工作许可证', 'Foreigner’s work permit'), m('劳动合同', 'Employment contract'), m('护照', 'Passport')], days: 5, applies: when(['foreign_staff']),
    }),
  ],
};

/** Six reference templates, one per service domain; every time limit is a demo value and says so. */
export const REFERENCE_CHECKLIST_TEMPLATES: readonly ReferenceChecklistTemplate[] = [customs, ip, foreignAffairs, inspection, tax, talent];

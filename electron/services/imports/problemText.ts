/** The import's own checks, worded for the person who typed the workbook; zh-CN first, English beside it. */
export interface ProblemText {
  zh: string;
  en: string;
}

export const problemText = {
  required: (label: string): ProblemText => ({ zh: `${label}不能为空`, en: `${label} is required` }),
  notNumber: (label: string): ProblemText => ({ zh: `${label}应为数字`, en: `${label} must be a number` }),
  negative: (label: string): ProblemText => ({ zh: `${label}不能为负数`, en: `${label} cannot be negative` }),
  tooBig: (label: string): ProblemText => ({ zh: `${label}数值过大`, en: `${label} is too large` }),
  badDate: (label: string): ProblemText => ({ zh: `${label}不是有效日期（年-月-日）`, en: `${label} is not a valid date (YYYY-MM-DD)` }),
  futureDate: (label: string): ProblemText => ({ zh: `${label}晚于今天`, en: `${label} is later than today` }),
  dateOrder: (label: string, before: string): ProblemText => ({ zh: `${label}早于${before}`, en: `${label} is earlier than ${before}` }),
  creditCodeFormat: (): ProblemText => ({
    zh: '统一社会信用代码应为 18 位（数字和大写字母，不含 I、O、Z、S、V）',
    en: 'The unified social credit code must be 18 characters (digits and capitals, no I, O, Z, S, V)',
  }),
  creditCodeCheck: (expected: string): ProblemText => ({
    zh: `统一社会信用代码校验位不符（按 GB 32100 应为 ${expected}）`,
    en: `The credit code's check character is wrong (GB 32100 gives ${expected})`,
  }),
  unknownCountry: (name: string): ProblemText => ({ zh: `未知的国别（地区）“${name}”`, en: `Unknown country or region "${name}"` }),
  unknownIndustry: (value: string): ProblemText => ({
    zh: `行业“${value}”不是国民经济行业分类（GB/T 4754）的大类或中类`,
    en: `Industry "${value}" is not a GB/T 4754 division or group`,
  }),
  unknownType: (value: string): ProblemText => ({ zh: `类型“${value}”应为 新设、增资 或 并购`, en: `Type "${value}" must be 新设, 增资 or 并购` }),
  unknownStage: (value: string): ProblemText => ({
    zh: `阶段“${value}”应为 线索、洽谈、签约、注册、开工、投产 或 终止`,
    en: `Stage "${value}" must be one of 线索, 洽谈, 签约, 注册, 开工, 投产, 终止`,
  }),
  yesNo: (label: string): ProblemText => ({ zh: `${label}应填“是”或“否”`, en: `${label} must be 是 or 否` }),
  fdiExceedsTotal: (): ProblemText => ({ zh: '合同外资不能大于总投资', en: 'Contracted FDI cannot exceed the total investment' }),
  stageBackwards: (current: string): ProblemText => ({
    zh: `项目在系统中已处于“${current}”阶段，阶段只能向前推进`,
    en: `The project is already at stage ${current} in the app; stages only move forward`,
  }),
  projectDropped: (): ProblemText => ({ zh: '项目在系统中已终止，不能再修改阶段', en: 'The project was dropped in the app; its stage cannot change' }),
  duplicateProject: (row: number): ProblemText => ({ zh: `与第 ${row} 行是同一项目（企业和项目名称相同）`, en: `Same project as row ${row} (same enterprise and project name)` }),
  enterpriseNameMismatch: (row: number, name: string): ProblemText => ({
    zh: `同一统一社会信用代码在第 ${row} 行的企业名称是“${name}”`,
    en: `Row ${row} gives this credit code the enterprise name "${name}"`,
  }),
  noPark: (unit: string): ProblemText => ({
    zh: unit ? `找不到填报单位“${unit}”对应的园区，请在导入时选择园区` : '表上没有填报单位，请在导入时选择园区',
    en: unit ? `No park is named "${unit}"; choose the park when importing` : 'The form names no reporting unit; choose the park when importing',
  }),
  badPeriod: (expected: string): ProblemText => ({ zh: `报告期应为 ${expected} 的格式`, en: `The period must look like ${expected}` }),
  periodMismatch: (form: string, chosen: string): ProblemText => ({
    zh: `表上的报告期是 ${form}，与导入时选择的 ${chosen} 不同`,
    en: `The form's period is ${form}, not the chosen ${chosen}`,
  }),
  emptyForm: (): ProblemText => ({ zh: '表中没有可导入的数据', en: 'The form holds no data to import' }),
};

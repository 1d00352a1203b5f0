/**
 * High-technology industries for T1's 高技术制造业 / 高技术服务业 实际使用外资, after the National Bureau of
 * Statistics' classifications 《高技术产业（制造业）分类（2017）》 and 《高技术产业（服务业）分类（2018）》, both keyed
 * to GB/T 4754-2017. Those lists go down to 小类 (4 digits); projects here are classified at 大类 or 中类, so the
 * lists are approximated by code prefixes: a prefix of 2 or 3 digits takes the whole division or group, a 4-digit
 * prefix matches only projects classified that finely. Known approximations: all of 39 and 40 count (the NBS list
 * leaves out a few 小类 such as 4030 钟表), and 356 counts only through its 3562/3563 小类.
 */

/** 医药; 航空航天器及设备; 电子及通信设备 and 计算机及办公设备 (39, 3474, 3562, 3563); 医疗仪器设备及仪器仪表; 信息化学品. */
export const HIGH_TECH_MANUFACTURING_PREFIXES = ['27', '374', '39', '3474', '3562', '3563', '358', '40', '2664', '2665'] as const;

/**
 * 信息服务 (63, 64, 65); 研发与设计 (73); 检验检测、专业技术 (744 测绘地理信息, 745 质检技术, 746 环境与生态监测,
 * 747 地质勘查, 748 工程技术); 科技成果转化 (75); 环境治理 (772).
 */
export const HIGH_TECH_SERVICES_PREFIXES = ['63', '64', '65', '73', '744', '745', '746', '747', '748', '75', '772'] as const;

const matches = (prefixes: readonly string[], code: string) => prefixes.some((prefix) => code.startsWith(prefix));

export function isHighTechManufacturing(industryCode: string): boolean {
  return matches(HIGH_TECH_MANUFACTURING_PREFIXES, industryCode);
}

export function isHighTechServices(industryCode: string): boolean {
  return matches(HIGH_TECH_SERVICES_PREFIXES, industryCode);
}

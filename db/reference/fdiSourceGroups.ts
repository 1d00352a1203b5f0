/**
 * Source-country groups of T1's 实际使用外资 by source (港澳, 新加坡, 欧盟, 美国, 日本, 韩国, "一带一路", 其他).
 * A country falls in the FIRST group that lists it, so the groups are exclusive and add up to the total: Singapore
 * and the EU members that signed Belt and Road documents (Greece, Hungary, Portugal, …) count under their own
 * group, not under "一带一路". Codes are ISO 3166-1 alpha-2 (GB/T 2659).
 */

export const FDI_SOURCE_GROUPS = ['fdi_hk_macao', 'fdi_singapore', 'fdi_eu', 'fdi_us', 'fdi_japan', 'fdi_korea', 'fdi_belt_and_road', 'fdi_other'] as const;
export type FdiSourceGroup = (typeof FDI_SOURCE_GROUPS)[number];

/** The 27 member states of the European Union since 1 February 2020 (the United Kingdom left). */
export const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/**
 * Countries that have signed Belt and Road cooperation documents with China, after the list "已同中国签订共建
 * '一带一路'合作文件的国家一览" of 中国一带一路网 (state of 2023, 150+ countries). Countries of an earlier group
 * (Singapore, EU members, Korea) are left out here because precedence already places them. When the province
 * publishes its own list for the statistics, edit this table; nothing else changes.
 */
export const BELT_AND_ROAD_COUNTRIES = [
  // Asia
  'AF', 'AM', 'AZ', 'BH', 'BD', 'BN', 'KH', 'GE', 'ID', 'IR', 'IQ', 'JO', 'KZ', 'KW', 'KG', 'LA', 'LB', 'MY', 'MV', 'MN',
  'MM', 'NP', 'OM', 'PK', 'PS', 'PH', 'QA', 'SA', 'LK', 'SY', 'TJ', 'TH', 'TL', 'TR', 'TM', 'AE', 'UZ', 'VN', 'YE',
  // Europe outside the EU
  'AL', 'BY', 'BA', 'ME', 'MK', 'MD', 'RU', 'RS', 'UA',
  // Africa
  'DZ', 'AO', 'BJ', 'BW', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'EG', 'GQ', 'ER', 'ET', 'GA', 'GM',
  'GH', 'GN', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MA', 'MZ', 'NA', 'NE', 'NG', 'RW', 'ST', 'SN', 'SC', 'SL',
  'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG', 'TN', 'UG', 'ZM', 'ZW',
  // Oceania
  'NZ', 'PG', 'FJ', 'FM', 'CK', 'TO', 'VU', 'WS', 'NU', 'KI', 'SB',
  // Latin America and the Caribbean
  'AR', 'AG', 'BB', 'BO', 'CL', 'CR', 'CU', 'DM', 'DO', 'EC', 'SV', 'GD', 'GY', 'HN', 'JM', 'NI', 'PA', 'PE', 'SR', 'TT',
  'UY', 'VE',
] as const;

const EU = new Set<string>(EU_MEMBERS);
const BELT_AND_ROAD = new Set<string>(BELT_AND_ROAD_COUNTRIES);

/** The one group a source country's utilised FDI is reported under. */
export function fdiSourceGroup(countryCode: string): FdiSourceGroup {
  if (countryCode === 'HK' || countryCode === 'MO') return 'fdi_hk_macao';
  if (countryCode === 'SG') return 'fdi_singapore';
  if (EU.has(countryCode)) return 'fdi_eu';
  if (countryCode === 'US') return 'fdi_us';
  if (countryCode === 'JP') return 'fdi_japan';
  if (countryCode === 'KR') return 'fdi_korea';
  if (BELT_AND_ROAD.has(countryCode)) return 'fdi_belt_and_road';
  return 'fdi_other';
}

import type { ErrorCode } from './errorCodes';

/**
 * The one catalog of error and validation messages. The API fills `message` from the Chinese text; the
 * renderer loads both languages into i18next so the user reads them in the language they chose.
 */
const zhCN = {
  'code.VALIDATION': '输入有误，请检查标红的字段',
  'code.NOT_FOUND': '记录不存在或已被删除',
  'code.CONFLICT': '该记录已被他人修改，请刷新后再试',
  'code.UNKNOWN_METHOD': '未知的操作',
  'code.FORBIDDEN': '拒绝访问',
  'code.PARK_HAS_HOSTED': '该园区下还有园中园，请先调整或删除它们',
  'code.STORE_CORRUPT': '数据文件已损坏或不是园区通的数据库',
  'code.STORE_LOCKED': '数据文件正被另一个程序使用，请关闭其他园区通窗口后重试',
  'code.STORE_FROM_FUTURE': '数据文件由更新版本的园区通创建，请升级本软件后再打开',
  'code.STORE_CANNOT_OPEN': '无法打开数据文件，请检查数据目录是否存在且可写',
  'code.STORE_READONLY': '数据文件是只读的，无法保存修改',
  'code.STORE_FULL': '磁盘空间不足，修改未保存',
  'code.INTERNAL': '发生意外错误，修改未保存。请重试；如仍失败，请联系技术支持',
  'field.required': '必填',
  'field.invalid': '格式不正确',
  'field.tooLong': '不能超过 {{max}} 个字符',
  'field.tooMany': '最多 {{max}} 项',
  'field.notNumber': '请输入数字',
  'field.negative': '不能为负数',
  'field.tooBig': '数值过大',
  'field.decimals': '最多保留两位小数',
  'field.date': '请输入有效日期（年-月-日）',
  'field.futureDate': '日期不能晚于今天',
  'park.name.taken': '已有同名园区',
  'park.kind.required': '请选择园区类型',
  'park.level.required': '请选择园区级别',
  'park.division.unknown': '请选择浙江省内的市或县（区）',
  'park.partnerCountries.unknown': '未知的国家或地区代码',
  'park.leadingIndustries.highTechMax': '高新区主导产业不超过 3 个',
  'park.host.unknown': '所属开发区不存在',
  'park.host.self': '园区不能属于它自己',
} as const;

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  'code.VALIDATION': 'Some fields need attention — see the messages in red',
  'code.NOT_FOUND': 'The record does not exist or was deleted',
  'code.CONFLICT': 'Someone else changed this record; reload and try again',
  'code.UNKNOWN_METHOD': 'Unknown operation',
  'code.FORBIDDEN': 'Access denied',
  'code.PARK_HAS_HOSTED': 'Parks are still hosted inside this one; move or delete them first',
  'code.STORE_CORRUPT': 'The data file is damaged or is not a ParkDesk database',
  'code.STORE_LOCKED': 'The data file is in use by another program; close other ParkDesk windows and retry',
  'code.STORE_FROM_FUTURE': 'The data file was written by a newer ParkDesk; please upgrade to open it',
  'code.STORE_CANNOT_OPEN': 'Cannot open the data file; check that the data folder exists and is writable',
  'code.STORE_READONLY': 'The data file is read-only; changes cannot be saved',
  'code.STORE_FULL': 'The disk is full; the change was not saved',
  'code.INTERNAL': 'Something unexpected went wrong and nothing was saved. Try again, or contact support',
  'field.required': 'Required',
  'field.invalid': 'Invalid format',
  'field.tooLong': 'At most {{max}} characters',
  'field.tooMany': 'At most {{max}} items',
  'field.notNumber': 'Enter a number',
  'field.negative': 'Must not be negative',
  'field.tooBig': 'Too large',
  'field.decimals': 'At most two decimal places',
  'field.date': 'Enter a valid date (YYYY-MM-DD)',
  'field.futureDate': 'The date cannot be in the future',
  'park.name.taken': 'A park with this name already exists',
  'park.kind.required': 'Choose the kind of park',
  'park.level.required': 'Choose the level',
  'park.division.unknown': 'Choose a city or county in Zhejiang',
  'park.partnerCountries.unknown': 'Unknown country or region code',
  'park.leadingIndustries.highTechMax': 'A high-tech zone has at most 3 leading industries',
  'park.host.unknown': 'The host zone does not exist',
  'park.host.self': 'A park cannot host itself',
};

export const MESSAGES: Record<'zh-CN' | 'en', Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(zhCN, value);
}

export function codeMessageKey(code: ErrorCode): MessageKey {
  return `code.${code}`;
}

export function formatMessage(key: MessageKey, params: Record<string, string | number> = {}, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return MESSAGES[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

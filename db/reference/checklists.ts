/** Code lists of service checklists (issue 6: the services source 000 says parks lack). Labels live in i18n. */

export const CHECKLIST_DOMAINS = ['customs', 'ip', 'foreign_affairs', 'inspection', 'tax', 'talent'] as const;
export type ChecklistDomain = (typeof CHECKLIST_DOMAINS)[number];

/** Chinese and English names of the domains, for the investor's workbook (the renderer has its own i18n). */
export const DOMAIN_LABELS: Record<ChecklistDomain, { zh: string; en: string }> = {
  customs: { zh: '海关', en: 'Customs' },
  ip: { zh: '知识产权保护', en: 'IP protection' },
  foreign_affairs: { zh: '外事', en: 'Foreign affairs' },
  inspection: { zh: '检验检疫', en: 'Inspection and quarantine' },
  tax: { zh: '税务', en: 'Tax' },
  talent: { zh: '人才', en: 'Talent' },
};

/** 未开始 / 办理中 / 已完成 / 不适用 / 受阻. */
export const ITEM_STATUSES = ['not_started', 'in_progress', 'done', 'not_applicable', 'blocked'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_STATUS_LABELS: Record<ItemStatus, { zh: string; en: string }> = {
  not_started: { zh: '未开始', en: 'Not started' },
  in_progress: { zh: '办理中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
  not_applicable: { zh: '不适用', en: 'Not applicable' },
  blocked: { zh: '受阻', en: 'Blocked' },
};

/** Items still to be handled: they count as open in the per-domain view and can be overdue. */
export const OPEN_ITEM_STATUSES: readonly ItemStatus[] = ['not_started', 'in_progress', 'blocked'];

/**
 * Which status may follow which. Blocked must be unblocked (办理中) before it is done; a done item can be reopened;
 * 不适用 goes back to 未开始 when the enterprise's situation changes.
 */
export const ITEM_TRANSITIONS: Record<ItemStatus, readonly ItemStatus[]> = {
  not_started: ['in_progress', 'done', 'blocked', 'not_applicable'],
  in_progress: ['not_started', 'done', 'blocked', 'not_applicable'],
  blocked: ['in_progress', 'not_applicable'],
  done: ['in_progress'],
  not_applicable: ['not_started'],
};

/**
 * Facts about an enterprise that decide whether an item applies. `trade` is "imports or exports";
 * `manufacturer` is GB/T 4754 door C (divisions 13–43).
 */
export const PROFILE_NEEDS = ['foreign_staff', 'imports', 'exports', 'trade', 'manufacturer'] as const;
export type ProfileNeed = (typeof PROFILE_NEEDS)[number];

/** Settings key of the largest attachment accepted, in bytes. */
export const ATTACHMENT_MAX_BYTES_SETTING = 'checklists.attachmentMaxBytes';
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** APEC member economies (ISO 3166 codes): the 商务旅行卡 is useful to staff who travel to them. */
export const APEC_ECONOMIES = ['AU', 'BN', 'CA', 'CL', 'HK', 'ID', 'JP', 'KR', 'MY', 'MX', 'NZ', 'PG', 'PE', 'PH', 'RU', 'SG', 'TW', 'TH', 'US', 'VN'] as const;

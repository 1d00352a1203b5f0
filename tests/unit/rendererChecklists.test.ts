import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../electron/api/contract/messages';
import type { FieldIssue } from '../../electron/api/contract/result';
import { TRANSLATIONS } from '../../renderer/src/i18n/resources';
import { applicabilityText } from '../../renderer/src/pages/checklists/applicabilityText';
import { base64Blob } from '../../renderer/src/pages/checklists/base64Files';
import { humanSize, itemIssueText } from '../../renderer/src/pages/checklists/checklistLabels';
import { groupByDomain } from '../../renderer/src/pages/checklists/groupByDomain';

async function translator(locale: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [locale]: { translation: TRANSLATIONS[locale] } }, lng: locale, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
  return instance.t;
}

const NO_RULE = { needs: [], tagsAny: [], projectTypes: [], countries: [] };

describe('service checklist texts', () => {
  it('has every checklist refusal of the API in both languages', () => {
    const keys = Object.keys(MESSAGES['zh-CN']).filter((key) => key.startsWith('checklist.'));
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(TRANSLATIONS['zh-CN'][`errors.${key}` as keyof (typeof TRANSLATIONS)['zh-CN']]).toBeTruthy();
      expect(TRANSLATIONS.en[`errors.${key}` as keyof (typeof TRANSLATIONS)['en']]).toBeTruthy();
    }
  });

  it('names both statuses of a refused transition in the user’s language, never as codes', async () => {
    const issue: FieldIssue = { path: 'status', key: 'checklist.item.transition', params: { from: 'blocked', to: 'done' } };
    expect(itemIssueText(issue, await translator('zh-CN'))).toBe('「受阻」的事项不能直接改为「已完成」');
    const en = itemIssueText(issue, await translator('en'));
    expect(en).toContain('Blocked');
    expect(en).toContain('Done');
    expect(en).not.toContain('blocked”');
  });

  it('shows the missing materials named by the server', async () => {
    const issue: FieldIssue = { path: 'materials', key: 'checklist.item.materialsMissing', params: { names: '报关单位备案信息表' } };
    expect(itemIssueText(issue, await translator('zh-CN'))).toContain('报关单位备案信息表');
  });

  it('says why an item applies, or that everyone needs it', async () => {
    const zh = await translator('zh-CN');
    expect(applicabilityText(NO_RULE, zh, 'zh-CN')).toBe('所有企业都需要');
    expect(applicabilityText({ ...NO_RULE, needs: ['foreign_staff', 'trade'] }, zh, 'zh-CN')).toBe('因为：有外籍员工、有进出口');
    const en = await translator('en');
    expect(applicabilityText({ ...NO_RULE, countries: ['DE'], projectTypes: ['new'] }, en, 'en')).toBe('Project type: New; Investor country: Germany');
  });

  it('writes sizes like the server does', () => {
    expect(humanSize(10 * 1024 * 1024)).toBe('10.0 MB');
    expect(humanSize(1500)).toBe('2 KB');
  });

  it('groups items in the fixed domain order and keeps their order inside a domain', () => {
    const items = [
      { domain: 'tax' as const, n: 1 },
      { domain: 'customs' as const, n: 2 },
      { domain: 'tax' as const, n: 3 },
    ];
    expect(groupByDomain(items).map((g) => [g.domain, g.items.map((i) => i.n)])).toEqual([
      ['customs', [2]],
      ['tax', [1, 3]],
    ]);
  });

  it('turns the API’s base64 back into the same bytes for a download', async () => {
    const blob = base64Blob(Buffer.from('营业执照 PDF').toString('base64'), 'application/pdf');
    expect(blob.type).toBe('application/pdf');
    expect(Buffer.from(await blob.arrayBuffer()).toString()).toBe('营业执照 PDF');
  });
});

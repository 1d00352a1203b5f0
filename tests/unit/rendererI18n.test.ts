import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../electron/api/contract/messages';
import { ApiCallError, clientFailure } from '../../renderer/src/api/apiCallError';
import { routeFromHash } from '../../renderer/src/app/routes';
import { errorText, fieldIssueText } from '../../renderer/src/i18n/errorText';
import { TRANSLATIONS } from '../../renderer/src/i18n/resources';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

async function translator(locale: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { [locale]: { translation: TRANSLATIONS[locale] } },
    lng: locale,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('interface text', () => {
  it('has every error code and field message of the API catalog in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const key of Object.keys(MESSAGES[locale])) expect(TRANSLATIONS[locale]).toHaveProperty([`errors.${key}`]);
    }
  });

  it('uses the same {{placeholders}} in Chinese and English', () => {
    for (const [key, zh] of Object.entries(TRANSLATIONS['zh-CN'])) {
      expect(placeholders(TRANSLATIONS.en[key as keyof typeof TRANSLATIONS.en]), key).toEqual(placeholders(zh));
    }
  });

  it('translates server errors and field issues into the chosen language, with their limits', async () => {
    const en = await translator('en');
    const zh = await translator('zh-CN');
    const hosted = new ApiCallError({ code: 'PARK_HAS_HOSTED', message: '该园区下还有园中园' });
    expect(errorText(hosted, en)).toBe(MESSAGES.en['code.PARK_HAS_HOSTED']);
    expect(errorText(clientFailure('unauthorized'), zh)).toContain('npm run serve');
    expect(errorText(new Error('boom'), en)).toBe(TRANSLATIONS.en['errors.unexpected']);
    expect(fieldIssueText({ path: 'name', key: 'field.tooLong', params: { max: 60 } }, zh)).toBe('不能超过 60 个字符');
  });

  it('words an API refusal with its figures on every page (upload limit, duplicate file)', async () => {
    const zh = await translator('zh-CN');
    const tooLarge = new ApiCallError({ code: 'REQUEST_TOO_LARGE', message: '', details: { params: { maxMb: 60 } } });
    expect(errorText(tooLarge, zh)).toContain('60 MB');
    const duplicate = new ApiCallError({ code: 'IMPORT_DUPLICATE', message: '', details: { params: { committedAt: '2026-10-08', fileName: '台账.xlsx' } } });
    expect(errorText(duplicate, await translator('en'))).toBe('This file was already imported on 2026-10-08 (台账.xlsx). Import it again?');
  });
});

describe('hash routes', () => {
  it('opens the named page, and the parks page for anything else', () => {
    expect(routeFromHash('#/reports')).toBe('reports');
    expect(routeFromHash('')).toBe('parks');
    expect(routeFromHash('#/nowhere')).toBe('parks');
  });
});

import { describe, expect, it } from 'vitest';
import { INDUSTRIES, findIndustry } from '../../db/reference/industries';
import { industryCascaderOptions, industryLabel, industryShortLabel, type IndustryOption } from '../../renderer/src/pages/investment/industryOptions';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function find(options: IndustryOption[], path: string[]): IndustryOption | undefined {
  const [head, ...rest] = path;
  const option = options.find((o) => o.value === head);
  return rest.length ? find(option?.children ?? [], rest) : option;
}

describe('GB/T 4754 names in English', () => {
  it('gives every section, division and group an English name without Chinese in it', () => {
    const missing = INDUSTRIES.filter((i) => i.nameEn.trim() === '' || CJK.test(i.nameEn) || i.nameEn !== i.nameEn.trim());
    expect(missing.map((i) => `${i.code} ${i.name}`)).toEqual([]);
    expect(INDUSTRIES.filter((i) => i.level === 'door')).toHaveLength(20);
    expect(INDUSTRIES.filter((i) => i.level === 'division')).toHaveLength(97);
  });

  it('names distinct industries distinctly in English, as they are in Chinese', () => {
    const byName = new Map<string, string[]>();
    for (const i of INDUSTRIES) byName.set(i.nameEn, [...(byName.get(i.nameEn) ?? []), i.code]);
    // Where the standard repeats a name at two levels (K 房地产业 / 70 房地产业), the English repeats it too.
    const repeatedInChinese = (codes: string[]) => new Set(codes.map((c) => findIndustry(c)!.name)).size === 1;
    expect([...byName.entries()].filter(([, codes]) => codes.length > 1 && !repeatedInChinese(codes))).toEqual([]);
  });

  it('labels lists in the user’s language: the name alone', () => {
    expect(industryLabel('367', 'en')).toBe('Manufacture of automobile parts and accessories');
    expect(industryLabel('367', 'zh-CN')).toBe('汽车零部件及配件制造');
    expect(industryLabel('65', 'en')).toBe('Software and information technology services');
    expect(industryLabel('C', 'en')).toBe('Manufacturing');
    expect(industryLabel('999', 'en')).toBe('999');
  });

  it('shows code and English name at every level of the picker, and Chinese in Chinese', () => {
    const en = industryCascaderOptions('en');
    expect(find(en, ['C'])?.label).toBe('C Manufacturing');
    expect(find(en, ['C', '36'])?.label).toBe('36 Manufacture of automobiles');
    expect(find(en, ['C', '36', '367'])?.label).toBe('367 Manufacture of automobile parts and accessories');
    expect(find(en, ['M', '73'])?.label).toBe('73 Research and experimental development');
    const zh = industryCascaderOptions('zh-CN');
    expect(find(zh, ['C', '36', '367'])?.label).toBe('367 汽车零部件及配件制造');
    const labels = (options: IndustryOption[]): string[] => options.flatMap((o) => [o.label, ...labels(o.children ?? [])]);
    expect(labels(en).filter((label) => CJK.test(label))).toEqual([]);
  });

  it('shortens English names on a chart axis by the "Manufacture of" they share', () => {
    expect(industryShortLabel('38', 'en')).toBe('Electrical machinery and equipment');
    expect(industryShortLabel('36', 'en')).toBe('Automobiles');
    expect(industryShortLabel('65', 'en')).toBe('Software and information technology services');
    expect(industryShortLabel('38', 'zh-CN')).toBe('电气机械和器材制造业');
  });
});

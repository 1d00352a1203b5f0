import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, parsePolicyText } from '../../electron/services/policies/policyParser';
import { normaliseDocNumber, splitUnits } from '../../electron/services/policies/policyText';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), 'utf8');

describe('policy text import', () => {
  it('reads 浙政办发〔2018〕9号 (002): title, 文号 split by the red rule, 5 sections, 22 clauses, units named as “（…负责）”', () => {
    const p = parsePolicyText(seed('002_c44c67dad684ba31.txt'));
    expect(p.title).toBe('浙江省人民政府办公厅关于印发全面优化开发区建设促进开发区深化改革扩大开放和创新发展的实施意见');
    expect(p.docNumber).toBe('浙政办发〔2018〕9号');
    expect(p.issuer).toBe('浙江省人民政府办公厅');
    expect(p.issuedOn).toBe('2018-01-19');
    expect(p.sectionCount).toBe(5);
    expect(p.clauses.filter((c) => c.level === 2)).toHaveLength(22);
    const parks = p.clauses.find((c) => c.path === '二/（一）')!;
    expect(parks.heading).toBe('推进建设国际产业合作园');
    expect(parks.responsibleUnits).toEqual(['省商务厅']);
    const customs = p.clauses.find((c) => c.path === '二/（七）')!;
    expect(customs.leadUnit).toBe('省财政厅');
    expect(customs.responsibleUnits).toEqual(['省财政厅', '省商务厅', '省国税局', '杭州海关', '宁波海关', '浙江检验检疫局', '宁波检验检疫局']);
    // "（四）" starts a page with a stray leading space; "（三）…人行杭州中心支行负\n\n责）" breaks inside the unit list.
    expect(p.clauses.find((c) => c.path === '二/（四）')!.heading).toBe('打造外向型先进制造业集群');
    expect(p.clauses.find((c) => c.path === '四/（三）')!.responsibleUnits).toEqual(['省财政厅', '省金融办', '人行杭州中心支行']);
    expect(p.clauses.find((c) => c.path === '五/（三）')!.responsibleUnits).toEqual(['各设区市政府']);
    // Full-width digits become ASCII and typesetting spaces go: "到 １． １ 万亿元".
    expect(p.clauses.find((c) => c.path === '一/（三）')!.text).toContain('到2020年，全省开发区规模以上工业增加值达到1.1万亿元');
    // The page number "—５—" inside a sentence is dropped.
    expect(p.clauses.find((c) => c.path === '四/（二）')!.text).toContain('各地对开发区外资项目落地所需建设用地予以优先保障');
  });

  it('reads the high-tech zone opinions (004): 7 sections, 21 clauses, 责任单位 per clause, dates and the three repealed documents', () => {
    const p = parsePolicyText(seed('004_ee0e13f537ce6e54.txt'));
    expect(p.title).toBe('浙江省人民政府关于加快促进高新技术产业开发区（园区）高质量发展的实施意见');
    expect(p.docNumber).toBeNull();
    expect(p.issuedOn).toBe('2021-06-10');
    expect(p.effectiveOn).toBe('2021-07-15');
    expect(p.sectionCount).toBe(7);
    expect(p.clauses.filter((c) => c.level === 2)).toHaveLength(21);
    const lead = p.clauses.find((c) => c.path === '七/（一）')!;
    expect(lead.heading).toBe('加强组织领导');
    expect(p.clauses[lead.parentIndex!]!.heading).toBe('强化组织领导和管理');
    expect(lead.leadUnit).toBe('省委组织部');
    expect(lead.responsibleUnits).toEqual(['省委组织部', '省科技厅', '省发展改革委', '省经信厅', '省自然资源厅', '省商务厅', '有关市、县〔市、区〕政府']);
    // The first block carries the note "列第一位的为牵头单位…下同" after the units.
    expect(p.clauses.find((c) => c.path === '二/（一）')!.responsibleUnits).toEqual(['省发展改革委', '省科技厅', '省经信厅']);
    expect(p.clauses.find((c) => c.path === '二/（二）')!.responsibleUnits).toEqual(['省委人才办', '省科技厅', '省教育厅']);
    expect(p.supersedes.map((s) => s.docNumber)).toEqual(['浙政办发〔2012〕66号', '浙政发〔2012〕94号', '浙政办发〔2014〕5号']);
    expect(p.supersedes.every((s) => s.kind === 'repeals')).toBe(true);
    expect(p.clauses.at(-1)!.text).not.toContain('本实施意见');
    expect(p.fullText).not.toMatch(/—\d+—/);
  });

  it('takes a “（牵头单位：…；责任单位：…）” block and numbered items 1. under a clause', () => {
    const p = parsePolicyText(['某区关于支持外资企业的若干政策', '各部门：', '一、支持措施', '（一）落户奖励。', '1.对世界500强企业给予奖励。（牵头单位：区商务局；责任单位：区财政局、区税务局）', '2.对高新技术企业给予补助。（区科技局负责）'].join('\n'));
    const items = p.clauses.filter((c) => c.level === 3);
    expect(items.map((c) => c.path)).toEqual(['一/（一）/1.', '一/（一）/2.']);
    expect(items[0]).toMatchObject({ leadUnit: '区商务局', responsibleUnits: ['区商务局', '区财政局', '区税务局'] });
    expect(items[1]!.responsibleUnits).toEqual(['区科技局']);
  });

  it('normalises 文号 brackets and digits, numerals and unit lists', () => {
    expect(normaliseDocNumber('浙政办发(２０１８)9号')).toBe('浙政办发〔2018〕9号');
    expect(normaliseDocNumber('浙政办发［2018］09')).toBe('浙政办发〔2018〕9号');
    expect(normaliseDocNumber('浙政办发[2018] 9 号')).toBe('浙政办发〔2018〕9号');
    expect(normaliseDocNumber('第九号文件')).toBeNull();
    expect(chineseNumeral('十二')).toBe(12);
    expect(chineseNumeral('二十')).toBe(20);
    expect(splitUnits('省科技厅、省发展改革委，省经信厅')).toEqual(['省科技厅', '省发展改革委', '省经信厅']);
  });
});

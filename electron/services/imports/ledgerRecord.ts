import { analyseCreditCode } from '../../../db/reference/creditCode';
import type { ProjectStage, ProjectType } from '../../../db/reference/investment';
import type { ListRecord } from '../reports/reportContract';
import { cellText, isBlank, isoDate, nonNegativeScaled, storedText, yesNo, type Parsed } from './cellValues';
import { countryCodeOf, industryCodeOf, projectStageOf, projectTypeOf } from './ledgerCodes';
import type { ProblemSink } from './problemLocator';
import { problemText, type ProblemText } from './problemText';

/** One T2 ledger row, checked on its own (no store needed): codes resolved, amounts in whole dollars. */
export interface LedgerRow {
  index: number;
  creditCode: string | null;
  enterpriseName: string;
  investor: string;
  countryCode: string;
  fortune500: boolean | null;
  industryCode: string;
  projectName: string;
  type: ProjectType;
  stage: ProjectStage;
  totalInvestmentUsd: number;
  contractedFdiUsd: number | null;
  signedOn: string | null;
  underConstructionOn: string | null;
  inProductionOn: string | null;
  landMu: number | null;
  owner: string;
  ownerPhone: string;
  issues: string;
}

export const LEDGER_LABELS: Record<string, string> = {
  project_name: '项目名称', enterprise_name: '企业名称', credit_code: '统一社会信用代码', investor: '投资方', country: '国别（地区）',
  fortune500: '是否世界500强', industry_code: '行业代码', industry_name: '行业名称', type: '类型', total_investment: '总投资',
  contracted_fdi: '合同外资', signed_on: '签约日期', construction_on: '开工日期', production_on: '投产日期', land_mu: '用地面积',
  owner: '责任人', owner_phone: '联系电话', issues: '需协调事项',
};

const TEXT_LIMITS: Record<string, number> = { project_name: 100, enterprise_name: 100, investor: 200, owner: 40, owner_phone: 40, issues: 2000 };

/** 万美元 → whole dollars: 4 decimals of 万美元 are one dollar. */
const WAN_SCALE = 4;

function reasonText(reason: Exclude<Parsed<unknown>, { ok: true }>['reason'], label: string): ProblemText {
  if (reason === 'badDate') return problemText.badDate(label);
  if (reason === 'yesNo') return problemText.yesNo(label);
  return problemText[reason](label);
}

/**
 * Checks one record. Returns null when any cell is wrong; every wrong cell is reported, not just the first,
 * so the user fixes the workbook in one pass.
 */
export function checkLedgerRecord(record: ListRecord, index: number, today: string, sink: ProblemSink): LedgerRow | null {
  let ok = true;
  const fail = (key: string, text: ProblemText) => {
    ok = false;
    sink.atRecord(index, key, text);
  };
  /** Stored texts keep every character as typed; looked-up ones (国别, 类型, 阶段) are folded to half-width. */
  const text = (key: string, required: boolean, stored = true): string => {
    const value = stored ? storedText(record[key]) : cellText(record[key]);
    if (required && value === '') fail(key, problemText.required(LEDGER_LABELS[key]!));
    else if (value.length > (TEXT_LIMITS[key] ?? 200)) fail(key, { zh: `${LEDGER_LABELS[key]}过长`, en: `${key} is too long` });
    return value;
  };
  const parsed = <T>(key: string, result: Parsed<T>): T | null => {
    if (result.ok) return result.value;
    fail(key, reasonText(result.reason, LEDGER_LABELS[key]!));
    return null;
  };
  const date = (key: string): string | null => {
    const value = parsed(key, isoDate(record[key]));
    if (value && value > today) fail(key, problemText.futureDate(LEDGER_LABELS[key]!));
    return value;
  };

  const projectName = text('project_name', true);
  const enterpriseName = text('enterprise_name', true);
  const investor = text('investor', false);
  const owner = text('owner', false);
  const ownerPhone = text('owner_phone', false);
  const issues = text('issues', false);

  let creditCode: string | null = null;
  if (!isBlank(record.credit_code)) {
    const analysis = analyseCreditCode(cellText(record.credit_code));
    if (!analysis.wellFormed) fail('credit_code', problemText.creditCodeFormat());
    else if (!analysis.checkDigitOk) fail('credit_code', problemText.creditCodeCheck(analysis.expectedCheck!));
    creditCode = analysis.normalized;
  }

  const countryText = text('country', true, false);
  const countryCode = countryText ? countryCodeOf(countryText) : null;
  if (countryText && !countryCode) fail('country', problemText.unknownCountry(countryText));

  const industryCodeText = cellText(record.industry_code);
  const industryName = cellText(record.industry_name);
  const industryCode = industryCodeOf(industryCodeText, industryName);
  if (!industryCode) {
    const key = industryCodeText || !industryName ? 'industry_code' : 'industry_name';
    if (!industryCodeText && !industryName) fail(key, problemText.required(LEDGER_LABELS.industry_code!));
    else fail(key, problemText.unknownIndustry(industryCodeText || industryName));
  }

  const typeText = text('type', true, false);
  const type = typeText ? projectTypeOf(typeText) : null;
  if (typeText && !type) fail('type', problemText.unknownType(typeText));
  const stageText = text('stage', true, false);
  const stage = stageText ? projectStageOf(stageText) : null;
  if (stageText && !stage) fail('stage', problemText.unknownStage(stageText));

  const fortune500 = parsed('fortune500', yesNo(record.fortune500));
  const totalInvestmentUsd = parsed('total_investment', nonNegativeScaled(record.total_investment, WAN_SCALE));
  if (isBlank(record.total_investment)) fail('total_investment', problemText.required(LEDGER_LABELS.total_investment!));
  const contractedFdiUsd = parsed('contracted_fdi', nonNegativeScaled(record.contracted_fdi, WAN_SCALE));
  if (totalInvestmentUsd !== null && contractedFdiUsd !== null && contractedFdiUsd > totalInvestmentUsd) {
    fail('contracted_fdi', problemText.fdiExceedsTotal());
  }
  const landHundredths = parsed('land_mu', nonNegativeScaled(record.land_mu, 2));

  const signedOn = date('signed_on');
  const underConstructionOn = date('construction_on');
  const inProductionOn = date('production_on');
  if (signedOn && underConstructionOn && underConstructionOn < signedOn) fail('construction_on', problemText.dateOrder('开工日期', '签约日期'));
  if (inProductionOn && (underConstructionOn ?? signedOn) && inProductionOn < (underConstructionOn ?? signedOn)!) {
    fail('production_on', problemText.dateOrder('投产日期', underConstructionOn ? '开工日期' : '签约日期'));
  }

  if (!ok) return null;
  return {
    index,
    creditCode,
    enterpriseName,
    investor,
    countryCode: countryCode!,
    fortune500,
    industryCode: industryCode!,
    projectName,
    type: type!,
    stage: stage!,
    totalInvestmentUsd: totalInvestmentUsd!,
    contractedFdiUsd,
    signedOn,
    underConstructionOn,
    inProductionOn,
    landMu: landHundredths === null ? null : landHundredths / 100,
    owner,
    ownerPhone,
    issues,
  };
}

import { withCheckCharacter } from '../../db/reference/creditCode';
import type { TestApp } from './tempStore';

/** Calls a method that must succeed and returns its value, failing the test with the error otherwise. */
export async function ok<T = Record<string, unknown>>(app: TestApp, method: string, input: unknown): Promise<T> {
  const result = await app.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export const PINGHU_PARK = {
  name: '中日（平湖）产业合作园',
  kind: 'international_cooperation',
  level: 'provincial',
  partnerCountries: ['JP'],
  divisionCode: '330482',
};

/** A park, an enterprise with a valid credit code, and a signed project — the usual starting point. */
export async function signedProject(app: TestApp, signedOn = '2026-03-10') {
  const park = await ok<{ id: string }>(app, 'parks.create', PINGHU_PARK);
  const enterprise = await ok<{ id: string }>(app, 'enterprises.create', {
    name: '蒂森克虏伯汽车零部件（平湖）有限公司',
    nameOriginal: 'thyssenkrupp Automotive Components (Pinghu) Co., Ltd.',
    creditCode: withCheckCharacter('91330482MA2B7K3X0'),
    countryCode: 'DE',
    industryCode: '367',
    parkId: park.id,
    tags: ['fortune500'],
  });
  const project = await ok<{ id: string }>(app, 'projects.create', {
    name: '蒂森克虏伯转向系统扩产项目',
    enterpriseId: enterprise.id,
    parkId: park.id,
    type: 'capital_increase',
    sourceCountry: 'DE',
    industryCode: '367',
    totalInvestmentWan: '15000',
    contractedFdiWan: '8000',
    stage: 'signed',
    stageOn: signedOn,
  });
  return { parkId: park.id, enterpriseId: enterprise.id, projectId: project.id };
}

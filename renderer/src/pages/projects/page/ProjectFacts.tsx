import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../../db/reference/countries';
import { useLocaleState } from '../../../app/localeContext';
import { industryLabel } from '../../investment/industryOptions';
import { typeLabel } from '../../investment/investmentLabels';
import { wan } from '../../investment/wanText';
import type { ProjectDetail } from './useProjectDetail';

/** The numbers and people of a project, at a glance. */
export function ProjectFacts({ detail }: { detail: ProjectDetail }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { project } = detail;
  const money = (usd: number) => <span className="num">{t('project.wanValue', { amount: wan(usd) })}</span>;

  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'total', label: t('project.total'), children: money(project.totalInvestmentUsd) },
        { key: 'contracted', label: t('project.contracted'), children: money(project.contractedFdiUsd) },
        { key: 'arrived', label: t('project.arrivedTotal'), children: money(detail.arrivedUsd) },
        { key: 'type', label: t('project.type'), children: typeLabel(project.type, t) },
        { key: 'country', label: t('project.country'), children: countryName(project.sourceCountry, locale) },
        { key: 'industry', label: t('project.industry'), children: industryLabel(project.industryCode, locale) },
        { key: 'land', label: t('project.land'), children: project.landMu === null ? '—' : t('project.landValue', { mu: project.landMu }) },
        { key: 'owner', label: t('project.owner'), children: [project.owner, project.ownerPhone].filter(Boolean).join(' · ') || '—' },
        { key: 'issues', label: t('project.issues'), span: 'filled', children: project.issues || '—' },
      ]}
    />
  );
}

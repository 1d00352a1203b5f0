import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsolidationRun } from './useConsolidation';

type Check = ConsolidationRun['checks'][number];

const COLORS: Record<Check['kind'], string> = {
  missing_park: 'orange',
  sum_mismatch: 'red',
  ytd_decreased: 'red',
  wrong_period: 'volcano',
  duplicate_park: 'gold',
  unreadable: 'magenta',
};

/** The cross-checks of a dry run: what is missing, what does not add up, what was left out and why. */
export function ConsolidationChecks({ checks }: { checks: Check[] }) {
  const { t, i18n } = useTranslation();
  if (checks.length === 0) return <Alert type="success" showIcon title={t('prov.checksClean')} data-testid="prov-checks-clean" />;
  return (
    <Table<Check>
      size="small"
      rowKey={(c, i) => `${c.kind}|${c.fileName ?? ''}|${c.park ?? ''}|${i ?? 0}`}
      dataSource={checks}
      pagination={false}
      title={() => t('prov.checks', { count: checks.length })}
      data-testid="prov-checks"
      columns={[
        { title: t('prov.col.kind'), dataIndex: 'kind', width: 150, render: (k: Check['kind']) => <Tag color={COLORS[k]}>{t(`prov.kind.${k}`)}</Tag> },
        { title: t('prov.col.park'), dataIndex: 'park', width: 220, render: (v?: string) => v ?? '—' },
        { title: t('prov.col.file'), dataIndex: 'fileName', width: 260, ellipsis: true, render: (v?: string) => v ?? '—' },
        { title: t('prov.col.message'), key: 'message', render: (_, c) => (i18n.language === 'en' ? c.messageEn : c.message) },
      ]}
    />
  );
}

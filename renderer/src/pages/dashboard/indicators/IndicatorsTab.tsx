import { App, Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { goTo } from '../../../app/routes';
import { ChartCard } from '../ChartCard';
import { indicatorName, unitText } from '../indicatorLabels';
import { useApiQuery } from '../../investment/useApiQuery';
import { useParkDirectory } from '../../parks/useParkDirectory';
import { IndicatorEntryModal } from './IndicatorEntryModal';
import { formatValue, QUARTERS, quarterValue, type IndicatorDefinitionRow, type IndicatorYear } from './indicatorRows';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);

/** One park's indicators for one year: quarters, the year, the 2025 target; "no data" is never shown as 0. */
export function IndicatorsTab({ parkId, year }: { parkId: string | null; year: number | null }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { message } = App.useApp();
  const directory = useParkDirectory();
  const shownYear = year ?? THIS_YEAR - 1;
  const definitions = useApiQuery('indicators.definitions', {});
  const [editing, setEditing] = useState<{ definition: IndicatorDefinitionRow; row: IndicatorYear } | null>(null);
  const [saves, setSaves] = useState(0);
  const select = (next: { park?: string | null; year?: number }) =>
    goTo('dashboard', null, { tab: 'indicators', park: (next.park === undefined ? parkId : next.park) ?? undefined, year: String(next.year ?? shownYear) });

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap>
        <Select
          showSearch
          data-testid="indicators-park"
          style={{ width: 320 }}
          placeholder={t('ind.pickPark')}
          aria-label={t('ind.park')}
          value={parkId ?? undefined}
          optionFilterProp="label"
          options={directory.entries.map((p) => ({ value: p.id, label: locale === 'en' && p.nameEn ? p.nameEn : p.name }))}
          onChange={(park: string) => select({ park })}
        />
        <Select data-testid="indicators-year" style={{ width: 120 }} aria-label={t('ind.year')} value={shownYear} options={YEARS.map((y) => ({ value: y, label: String(y) }))} onChange={(y: number) => select({ year: y })} />
      </Flex>
      {parkId ? (
        <IndicatorTable key={saves} parkId={parkId} year={shownYear} definitions={definitions.data ?? []} onEdit={setEditing} />
      ) : (
        <Typography.Text type="secondary">{t('ind.pickPark')}</Typography.Text>
      )}
      {editing && parkId && (
        <IndicatorEntryModal
          parkId={parkId}
          year={shownYear}
          definition={editing.definition}
          row={editing.row}
          onClose={() => setEditing(null)}
          onSaved={(count) => {
            setEditing(null);
            void message.success(t('ind.saved', { count }));
            setSaves((n) => n + 1);
          }}
        />
      )}
    </Flex>
  );
}

function IndicatorTable({ parkId, year, definitions, onEdit }: { parkId: string; year: number; definitions: IndicatorDefinitionRow[]; onEdit(edit: { definition: IndicatorDefinitionRow; row: IndicatorYear }): void }) {
  const { t } = useTranslation();
  const query = useApiQuery('indicators.year', { parkId, year });
  const byCode = useMemo(() => new Map((query.data?.indicators ?? []).map((r) => [r.code, r])), [query.data]);
  const noData = <span className="ind-no-data">{t('ind.noData')}</span>;
  const cell = (value: number | null, decimals: number) => formatValue(value, decimals) ?? noData;
  return (
    <ChartCard title={`${year}`} testId="indicators-table" loaded={query.data !== null} error={query.error} empty={null}>
      <Table<IndicatorDefinitionRow>
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={definitions}
        columns={[
          { title: t('ind.col.indicator'), key: 'name', render: (_, d) => indicatorName(d.code, t) },
          { title: t('ind.col.unit'), key: 'unit', width: 110, render: (_, d) => unitText(d.unitZh, t) },
          ...QUARTERS.map((q) => ({
            title: q,
            key: q,
            align: 'right' as const,
            render: (_: unknown, d: IndicatorDefinitionRow) => (d.frequency === 'annual' ? '—' : byCode.get(d.code) ? cell(quarterValue(byCode.get(d.code)!, q), d.decimals) : null),
          })),
          {
            title: t('ind.col.year'),
            key: 'year',
            align: 'right' as const,
            render: (_, d) => {
              const row = byCode.get(d.code);
              if (!row) return null;
              return (
                <Flex vertical align="flex-end" data-testid={`indicator-year-${d.code}`}>
                  {cell(row.annual, d.decimals)}
                  {row.partial && <Tag>{t('ind.partial')}</Tag>}
                  {row.annualSource === 'parts' && <Typography.Text type="secondary">{t('ind.fromParts')}</Typography.Text>}
                </Flex>
              );
            },
          },
          { title: t('ind.col.target'), key: 'target', align: 'right' as const, render: (_, d) => (d.target2025 ? `${d.target2025.comparison === 'at_least' ? '≥ ' : '≈ '}${d.target2025.value}` : '') },
          {
            title: '',
            key: 'edit',
            render: (_, d) =>
              d.source === 'computed' ? (
                <Typography.Text type="secondary">{t('ind.computed')}</Typography.Text>
              ) : (
                <Button size="small" data-testid={`indicator-edit-${d.code}`} disabled={!byCode.get(d.code)} onClick={() => onEdit({ definition: d, row: byCode.get(d.code)! })}>
                  {t('ind.edit')}
                </Button>
              ),
          },
        ]}
      />
    </ChartCard>
  );
}

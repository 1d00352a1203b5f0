import { Button, Card, Empty, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REPORTING_KINDS } from '../../../../../db/reference/parkKinds';
import type { MethodOutput } from '../../../../../electron/api/index';
import { useLocaleState } from '../../../app/localeContext';
import { useApiQuery } from '../../investment/useApiQuery';
import { useParkDirectory, type ParkDirectoryEntry } from '../../parks/useParkDirectory';
import { duePeriod } from '../shared/periods';
import type { ReportCode } from '../shared/reportTypes';
import { useReportTemplates } from '../shared/useReportTemplates';
import { StatusTag } from '../shared/StatusTag';

type Submission = MethodOutput<'reports.list'>[number];

/** The province's rule of which parks owe which form, as its consolidation applies it. */
const expects = (code: ReportCode, park: ParkDirectoryEntry) => REPORTING_KINDS[code]?.includes(park.kind) ?? true;

interface Props {
  onOpen(code: ReportCode, parkId: string, period: string): void;
}

/**
 * 本期应报: before a form is chosen, every park's reports due at the province now (last month, quarter, year) and
 * how far each has got — 未开始, 草稿, 已校验, 已报送, 已锁定; a click opens that report. A park that does not owe a
 * form shows "—".
 */
export function DueReports({ onOpen }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { entries } = useParkDirectory();
  const templates = useReportTemplates();
  const today = dayjs();
  const periods = { month: duePeriod('month', today), quarter: duePeriod('quarter', today), year: duePeriod('year', today) };
  const monthly = useApiQuery('reports.list', { period: periods.month }).data;
  const quarterly = useApiQuery('reports.list', { period: periods.quarter }).data;
  const yearly = useApiQuery('reports.list', { period: periods.year }).data;
  const found = new Map<string, Submission>();
  for (const row of [...(monthly ?? []), ...(quarterly ?? []), ...(yearly ?? [])]) found.set(`${row.parkId}|${row.reportCode}|${row.period}`, row);

  const cell = (code: ReportCode, period: string) => (_: unknown, park: ParkDirectoryEntry) => {
    if (!expects(code, park)) return <Typography.Text type="secondary">—</Typography.Text>;
    const row = found.get(`${park.id}|${code}|${period}`);
    return (
      <Button type="link" size="small" onClick={() => onOpen(code, park.id, period)} aria-label={`${code} ${period} ${park.name}`}>
        {row ? <StatusTag status={row.status} revision={row.revision} testId="rp-due-status" /> : t('rp.due.notStarted')}
      </Button>
    );
  };

  return (
    <Card size="small" title={t('rp.due.title')} data-testid="rp-due">
      <Typography.Paragraph type="secondary">{t('rp.due.hint')}</Typography.Paragraph>
      <Table<ParkDirectoryEntry>
        size="small"
        rowKey="id"
        dataSource={entries}
        pagination={false}
        locale={{ emptyText: <Empty description={t('rp.due.noParks')} /> }}
        columns={[
          { title: t('rp.due.park'), key: 'park', render: (_, park) => (locale === 'en' && park.nameEn ? park.nameEn : park.name) },
          ...templates.list.map(({ code, periodKind }) => ({ title: `${code} · ${periods[periodKind]}`, key: code, width: 190, render: cell(code, periods[periodKind]) })),
        ]}
      />
    </Card>
  );
}

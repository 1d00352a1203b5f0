import { Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { useApiQuery } from '../../investment/useApiQuery';
import { cellNames } from '../shared/cellNames';
import { errorText } from '../../../i18n/errorText';
import { formatCell } from '../shared/formatCell';
import type { ReportTemplate } from '../shared/reportTypes';
import type { Selection } from './useSubmission';

type Row = MethodOutput<'reports.compare'>['rows'][number];

/** 环比 / 同比: this period's figure beside the previous period and the same period last year, with the change in %. */
export function CompareModal({ selection, template, onClose }: { selection: Selection; template: ReportTemplate; onClose(): void }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApiQuery('reports.compare', { parkId: selection.parkId, code: selection.code, period: selection.period });
  const names = cellNames(template, t);
  const num = (v: number | null, row: Row) => formatCell(v, names.decimals(row.row), '', '') || '—';
  const pct = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(2)}%`);
  return (
    <Modal open title={t('rp.compare.title')} onCancel={onClose} footer={null} width={900} destroyOnHidden>
      {error ? (
        <Typography.Text type="danger">{errorText(error, t)}</Typography.Text>
      ) : (
        <Table<Row>
          size="small"
          loading={loading}
          rowKey="row"
          dataSource={data?.rows ?? []}
          pagination={false}
          scroll={{ y: 480 }}
          data-testid="rp-compare-table"
          columns={[
            { title: t('rp.compare.indicator'), dataIndex: 'row', render: (r: string) => names.row(r) },
            { title: t('rp.compare.current', { period: data?.periods.current ?? '' }), dataIndex: 'current', align: 'right', render: num },
            { title: t('rp.compare.previous', { period: data?.periods.previous ?? '' }), dataIndex: 'previous', align: 'right', render: num },
            { title: t('rp.compare.mom'), dataIndex: 'momChange', align: 'right', render: pct },
            { title: t('rp.compare.lastYear', { period: data?.periods.lastYear ?? '' }), dataIndex: 'lastYear', align: 'right', render: num },
            { title: t('rp.compare.yoy'), dataIndex: 'yoyChange', align: 'right', render: pct },
          ]}
        />
      )}
    </Modal>
  );
}

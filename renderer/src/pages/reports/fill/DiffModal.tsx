import { Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../investment/useApiQuery';
import { cellNames } from '../shared/cellNames';
import { errorText } from '../../../i18n/errorText';
import type { CellValue, ReportTemplate } from '../shared/reportTypes';

type Change = { row: string; column: string; before: CellValue; after: CellValue };

const show = (v: CellValue) => (v === null || v === '' ? '—' : String(v));

/** 差异: what this revision changes against the revision that was sent, cell by cell. */
export function DiffModal({ submissionId, revision, template, onClose }: { submissionId: string; revision: number; template: ReportTemplate; onClose(): void }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApiQuery('reports.diff', { submissionId });
  const names = cellNames(template, t);
  return (
    <Modal open title={t('rp.diff.title')} onCancel={onClose} footer={null} width={820} destroyOnHidden>
      {error ? (
        <Typography.Text type="danger">{errorText(error, t)}</Typography.Text>
      ) : (
        <>
          {data && <Typography.Paragraph type="secondary">{t('rp.diff.against', { revision: revision - 1, count: data.length })}</Typography.Paragraph>}
          <Table<Change>
            size="small"
            loading={loading}
            rowKey={(c) => `${c.row}|${c.column}`}
            dataSource={data ?? []}
            pagination={{ pageSize: 12, hideOnSinglePage: true }}
            locale={{ emptyText: t('rp.diff.none') }}
            data-testid="rp-diff-table"
            columns={[
              { title: t('rp.diff.cell'), key: 'cell', render: (_, c) => `${names.row(c.row)} · ${names.column(c.row, c.column)}` },
              { title: t('rp.diff.before'), dataIndex: 'before', align: 'right', render: show },
              { title: t('rp.diff.after'), dataIndex: 'after', align: 'right', render: (v: CellValue) => <Typography.Text strong>{show(v)}</Typography.Text> },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

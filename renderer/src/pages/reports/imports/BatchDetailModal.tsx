import { Descriptions, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { goTo } from '../../../app/routes';
import { useApiQuery } from '../../investment/useApiQuery';
import { localDateTime } from '../../backups/backupFormat';

type Batch = MethodOutput<'imports.list'>['rows'][number];
type BatchRecord = MethodOutput<'imports.get'>['records'][number];

const PAGE = 50;

/** A record links to its page: a project to its own page, an enterprise to the enterprises list (it has no page of its own). */
function openRecord(record: BatchRecord): void {
  if (record.entity === 'project') goTo('projects', record.entityId);
  else if (record.entity === 'enterprise') goTo('enterprises');
}

/** One import batch: its facts and, page by page, the records it created or updated. */
export function BatchDetailModal({ batch, onClose }: { batch: Batch; onClose(): void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, loading } = useApiQuery('imports.get', { batchId: batch.id, offset: (page - 1) * PAGE, limit: PAGE });
  return (
    <Modal open title={t('imp.batch', { name: batch.fileName })} onCancel={onClose} footer={null} width={860} destroyOnHidden>
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('imp.form')}>{batch.reportCode}</Descriptions.Item>
        <Descriptions.Item label={t('imp.rows')}>{batch.rowCount}</Descriptions.Item>
        <Descriptions.Item label={t('imp.col.status')}>{t(`imp.status.${batch.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('imp.period')}>{batch.period ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('imp.col.createdAt')}>{localDateTime(batch.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('imp.col.committedAt')}>{batch.committedAt ? localDateTime(batch.committedAt) : '—'}</Descriptions.Item>
      </Descriptions>
      <Table<BatchRecord>
        size="small"
        rowKey="seq"
        loading={loading}
        dataSource={data?.records ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.recordsTotal ?? 0, onChange: setPage, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('imp.noRecords') }}
        data-testid="imp-batch-records"
        columns={[
          { title: t('imp.col.row'), dataIndex: 'row', width: 70, align: 'right' },
          { title: t('imp.col.action'), dataIndex: 'action', width: 90, render: (a: BatchRecord['action']) => <Tag color={a === 'create' ? 'green' : 'blue'}>{t(`imp.action.${a}`)}</Tag> },
          { title: t('imp.col.entity'), dataIndex: 'entity', width: 110, render: (e: string) => (e === 'project' || e === 'enterprise' || e === 'indicator_value' ? t(`imp.entity.${e}`) : e) },
          {
            title: t('imp.col.record'),
            dataIndex: 'label',
            render: (label: string, r) =>
              r.entity === 'project' || r.entity === 'enterprise' ? (
                <a onClick={() => openRecord(r)} href={undefined} role="link" tabIndex={0} onKeyDown={(e) => e.key === 'Enter' && openRecord(r)}>
                  {label}
                </a>
              ) : (
                label
              ),
          },
        ]}
      />
    </Modal>
  );
}

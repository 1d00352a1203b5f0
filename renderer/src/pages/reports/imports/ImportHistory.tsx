import { Button, Card, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { useApiQuery } from '../../investment/useApiQuery';
import { BatchDetailModal } from './BatchDetailModal';
import { localDateTime } from '../../backups/backupFormat';

type Batch = MethodOutput<'imports.list'>['rows'][number];

const STATUS_COLORS: Record<Batch['status'], string> = { dry_run: 'default', committed: 'success', failed: 'error', cancelled: 'warning' };

/** 导入记录: every batch with its outcome; 查看 opens the records it wrote. `version` reloads after a commit. */
export function ImportHistory({ version }: { version: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, loading, reload } = useApiQuery('imports.list', { page, pageSize: 10 });
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  const [open, setOpen] = useState<Batch | null>(null);
  return (
    <Card size="small" title={t('imp.history')}>
      <Table<Batch>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.rows ?? []}
        pagination={{ current: page, pageSize: 10, total: data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        locale={{ emptyText: t('imp.historyEmpty') }}
        data-testid="imp-history"
        columns={[
          { title: t('imp.col.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => localDateTime(v) },
          { title: t('imp.col.file'), dataIndex: 'fileName', ellipsis: true },
          { title: t('imp.form'), dataIndex: 'reportCode', width: 70 },
          { title: t('imp.rows'), dataIndex: 'rowCount', width: 80, align: 'right' },
          { title: t('imp.col.problems'), dataIndex: 'problemCount', width: 80, align: 'right' },
          { title: t('imp.col.status'), dataIndex: 'status', width: 100, render: (s: Batch['status']) => <Tag color={STATUS_COLORS[s]}>{t(`imp.status.${s}`)}</Tag> },
          { title: t('imp.col.actor'), dataIndex: 'actor', width: 100 },
          {
            title: t('rp.list.actions'),
            key: 'view',
            width: 80,
            render: (_, batch) => (
              <Button size="small" type="link" onClick={() => setOpen(batch)} data-testid={`imp-batch-${batch.id}`}>
                {t('imp.view')}
              </Button>
            ),
          },
        ]}
      />
      {open && <BatchDetailModal batch={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}

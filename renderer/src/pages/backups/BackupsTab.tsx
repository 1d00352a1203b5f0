import { CloudUploadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Flex, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { MethodOutput } from '../../../../electron/api/index';
import { errorText } from '../../i18n/errorText';
import { BackupToFolderModal } from './BackupToFolderModal';
import { localDateTime, SHOWN_COUNTS, sizeText, type BackupRow } from './backupFormat';
import { RestoreModal } from './RestoreModal';

type Listing = MethodOutput<'backups.list'>;

/** 备份与恢复: every backup with what is in it, a backup now, a backup elsewhere, a restore with preview. */
export function BackupsTab() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [listing, setListing] = useState<Listing | null>(null);
  const [loading, setLoading] = useState(true);
  const [backingUp, setBackingUp] = useState(false);
  const [folderOpen, setFolderOpen] = useState(false);
  const [restoring, setRestoring] = useState<BackupRow | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setListing(await call('backups.list', {}));
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setLoading(false);
    }
  }, [message, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const backupNow = async () => {
    setBackingUp(true);
    try {
      const made = await call('backups.create', {});
      message.success(t('ds.backupDone', { name: made.name }));
      await load();
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setBackingUp(false);
    }
  };

  const columns = [
    { title: t('ds.col.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => localDateTime(v) },
    { title: t('ds.col.kind'), dataIndex: 'kind', width: 90, render: (v: BackupRow['kind']) => <Tag>{t(`ds.kind.${v}`)}</Tag> },
    { title: t('ds.col.size'), dataIndex: 'size', width: 90, render: (v: number) => sizeText(v) },
    {
      title: t('ds.col.contents'),
      key: 'contents',
      render: (_: unknown, row: BackupRow) => (
        <Typography.Text type="secondary">
          {SHOWN_COUNTS.filter((k) => row.counts[k] !== null)
            .map((k) => `${t(`ds.count.${k}`)} ${row.counts[k]}`)
            .join(' · ')}
        </Typography.Text>
      ),
    },
    {
      title: t('ds.col.status'),
      key: 'status',
      width: 120,
      render: (_: unknown, row: BackupRow) =>
        !row.integrityOk ? <Tag color="error">{t('ds.status.damaged')}</Tag> : row.fromNewerApp ? <Tag color="warning">{t('ds.status.newer')}</Tag> : <Tag color="success">{t('ds.status.ok')}</Tag>,
    },
    {
      title: t('ds.col.actions'),
      key: 'actions',
      width: 130,
      render: (_: unknown, row: BackupRow) => (
        <Button
          size="small"
          data-testid={`restore-${row.name}`}
          disabled={!row.integrityOk || row.fromNewerApp || !listing?.canRestore || listing.demoMode}
          title={listing?.demoMode ? t('ds.demoMode') : listing?.canRestore ? undefined : t('ds.cannotRestore')}
          onClick={() => setRestoring(row)}
        >
          {t('ds.restore')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      {listing?.demoMode && <Alert type="info" showIcon title={t('ds.demoMode')} data-testid="backups-demo-mode" />}
      <Flex gap={8}>
        <Button type="primary" icon={<CloudUploadOutlined />} loading={backingUp} disabled={listing?.demoMode} onClick={() => void backupNow()} data-testid="backup-now">
          {t('ds.backupNow')}
        </Button>
        <Button icon={<FolderOpenOutlined />} disabled={listing?.demoMode} onClick={() => setFolderOpen(true)} data-testid="backup-elsewhere">
          {t('ds.backupElsewhere')}
        </Button>
      </Flex>
      <Table<BackupRow>
        rowKey="name"
        size="middle"
        loading={loading}
        dataSource={listing?.backups ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('ds.empty') }}
        data-testid="backups-table"
      />
      {folderOpen && <BackupToFolderModal canChoose={listing?.canChooseFolder ?? false} onClose={() => setFolderOpen(false)} />}
      {restoring && listing && <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />}
    </Flex>
  );
}

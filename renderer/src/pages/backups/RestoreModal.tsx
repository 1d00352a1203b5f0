import { Alert, App as AntApp, Descriptions, Modal, Spin, Table, Typography, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { MethodOutput } from '../../../../electron/api/index';
import { errorText } from '../../i18n/errorText';
import { localDateTime, SHOWN_COUNTS, type BackupRow } from './backupFormat';

type Preview = MethodOutput<'backups.preview'>;

/**
 * Restore with a preview: the backup is checked in full and compared with the data now, and the confirm
 * button says what will happen. After the restore the whole window reloads, so every page shows the
 * restored data (and its saved language).
 */
export function RestoreModal({ backup, onClose }: { backup: BackupRow; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);
  const time = localDateTime(backup.createdAt);

  useEffect(() => {
    call('backups.preview', { name: backup.name })
      .then(setPreview)
      .catch((error: unknown) => setProblem(errorText(error, t)));
  }, [backup.name, t]);

  const restore = async () => {
    setRestoring(true);
    setProblem(null);
    try {
      const outcome = await call('backups.restore', { name: backup.name });
      message.success(t('ds.restored', { time, name: outcome.safetyBackup.name }), 2);
      setTimeout(() => window.location.reload(), 800);
    } catch (error) {
      setProblem(errorText(error, t));
      setRestoring(false);
    }
  };

  const usable = preview !== null && preview.backup.integrityOk && !preview.backup.fromNewerApp;
  const rows = preview
    ? SHOWN_COUNTS.map((key) => ({ key, label: t(`ds.count.${key}`), now: preview.current[key] ?? '—', then: preview.backup.counts[key] ?? '—' }))
    : [];

  return (
    <Modal
      open
      title={t('ds.previewTitle')}
      okText={t('ds.confirmOk')}
      cancelText={t('ds.cancel')}
      okButtonProps={{ danger: true, loading: restoring, disabled: !usable, 'data-testid': 'restore-confirm' } as ButtonProps}
      cancelButtonProps={{ disabled: restoring }}
      closable={!restoring}
      maskClosable={false}
      onOk={() => void restore()}
      onCancel={onClose}
      width={620}
    >
      {!preview && !problem && <Spin description={t('ds.previewLoading')} />}
      {preview && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('ds.previewBackupAt')}>{time}</Descriptions.Item>
            <Descriptions.Item label={t('ds.previewLastChange')}>
              {preview.backup.lastChangeAt ? localDateTime(preview.backup.lastChangeAt) : t('ds.previewNone')}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('ds.previewCompare')}</Typography.Title>
          <Table
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: '', dataIndex: 'label' },
              { title: t('ds.previewNow'), dataIndex: 'now' },
              { title: t('ds.previewThen'), dataIndex: 'then' },
            ]}
            data-testid="restore-preview"
          />
          {usable && <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('ds.confirmText', { time })} data-testid="restore-warning" />}
          {restoring && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('ds.restoring')} />}
        </>
      )}
      {problem && <Alert style={{ marginTop: 12 }} type="error" showIcon title={problem} />}
    </Modal>
  );
}

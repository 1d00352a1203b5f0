import { App as AntApp, Button, Form, Input, Modal, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../i18n/errorText';

/** 备份到其他位置: the folder is typed, or in the desktop app chosen in the system's folder dialog. */
export function BackupToFolderModal({ canChoose, onClose }: { canChoose: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [folder, setFolder] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async () => {
    try {
      const { folder: picked } = await call('backups.chooseFolder', {});
      if (picked) setFolder(picked);
    } catch (error) {
      setProblem(errorText(error, t));
    }
  };

  const submit = async () => {
    setSaving(true);
    setProblem(null);
    try {
      await call('backups.createInFolder', { folder: folder.trim() });
      message.success(t('ds.backupElsewhereDone', { folder: folder.trim() }));
      onClose();
    } catch (error) {
      setProblem(errorText(error, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('ds.backupElsewhere')}
      okText={t('ds.folderOk')}
      cancelText={t('ds.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ loading: saving, disabled: !folder.trim(), 'data-testid': 'backup-folder-ok' } as ButtonProps}
      cancelButtonProps={{ disabled: saving }}
      maskClosable={!saving}
    >
      <Form layout="vertical">
        <Form.Item label={t('ds.folder')} extra={t('ds.folderHint')} validateStatus={problem ? 'error' : undefined} help={problem ?? undefined}>
          <Space.Compact style={{ width: '100%' }}>
            <Input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder={t('ds.folderPlaceholder')} data-testid="backup-folder" onPressEnter={() => void submit()} />
            {canChoose && <Button onClick={() => void choose()}>{t('ds.folderChoose')}</Button>}
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}

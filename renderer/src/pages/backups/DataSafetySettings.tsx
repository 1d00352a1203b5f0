import { App as AntApp, Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { MethodOutput } from '../../../../electron/api/index';
import { errorText } from '../../i18n/errorText';
import { OPERATOR_CHANGED_EVENT } from './StoreBanners';
import { lengthLimit } from '../../components/lengthLimit';

type Keep = MethodOutput<'backups.list'>['keep'];
const KINDS = ['daily', 'before-migration', 'before-import', 'before-restore', 'manual'] as const;

/** The operator's name recorded in the audit trail, and how many backups of each kind are kept. */
export function DataSafetySettings() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [name, setName] = useState('');
  const [keep, setKeep] = useState<Keep | null>(null);
  const [saving, setSaving] = useState<'name' | 'keep' | null>(null);

  useEffect(() => {
    call('operator.get', {})
      .then((op) => setName(op.name))
      .catch((error: unknown) => message.error(errorText(error, t)));
    call('backups.list', {})
      .then((listing) => setKeep(listing.keep))
      .catch((error: unknown) => message.error(errorText(error, t)));
  }, [message, t]);

  const saveName = async () => {
    setSaving('name');
    try {
      const saved = await call('operator.set', { name });
      message.success(t('ds.operatorSaved', { name: saved.name }));
      window.dispatchEvent(new Event(OPERATOR_CHANGED_EVENT));
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setSaving(null);
    }
  };

  const saveKeep = async () => {
    if (!keep) return;
    setSaving('keep');
    try {
      await call('backups.updateSettings', { keep });
      message.success(t('ds.keepSaved'));
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setSaving(null);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 640 }}>
      <Card title={t('ds.operatorTitle')} size="small">
        <Typography.Paragraph type="secondary">{t('ds.operatorHint')}</Typography.Paragraph>
        <Flex gap={8}>
          <Input value={name} count={lengthLimit(40)} onChange={(e) => setName(e.target.value)} aria-label={t('ds.operatorName')} data-testid="operator-name" />
          <Button type="primary" loading={saving === 'name'} disabled={!name.trim()} onClick={() => void saveName()} data-testid="operator-save">
            {t('ds.operatorSave')}
          </Button>
        </Flex>
      </Card>
      <Card title={t('ds.keepTitle')} size="small">
        <Typography.Paragraph type="secondary">{t('ds.keepHint')}</Typography.Paragraph>
        {keep && (
          <Form layout="inline">
            {KINDS.map((kind) => (
              <Form.Item key={kind} label={t(`ds.kind.${kind}`)}>
                <InputNumber min={1} max={100} precision={0} value={keep[kind]} onChange={(v) => setKeep({ ...keep, [kind]: v ?? 1 })} style={{ width: 72 }} />
              </Form.Item>
            ))}
            <Button loading={saving === 'keep'} onClick={() => void saveKeep()}>
              {t('ds.keepSave')}
            </Button>
          </Form>
        )}
      </Card>
    </Flex>
  );
}

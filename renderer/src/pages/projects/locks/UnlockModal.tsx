import { App as AntApp, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { monthUnlockInput } from '../../../../../electron/api/contract/projectSchemas';
import { call } from '../../../api/client';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { lengthLimit } from '../../../components/lengthLimit';

export interface LockRef {
  parkId: string;
  period: string;
  parkName: string;
}

/** Reopening a reported month needs a reason; the audit log keeps it next to who did it. */
export function UnlockModal({ lock, onClose, onUnlocked }: { lock: LockRef; onClose(): void; onUnlocked(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const save = useApiForm({
    form,
    fields: ['reason'],
    check: (values: { reason: string }) => checkWith(monthUnlockInput, { parkId: lock.parkId, period: lock.period, ...values }),
    send: (input) => call('arrivals.unlockMonth', input),
    onSaved: () => {
      message.success(t('locks.unlocked', { period: lock.period }));
      onUnlocked();
    },
  });

  return (
    <ModalForm<{ reason: string }>
      title={t('locks.unlockTitle', { park: lock.parkName, period: lock.period })}
      form={form}
      testId="unlock-form"
      initialValues={{ reason: '' }}
      saving={save.saving}
      problem={save.problem}
      okText={t('locks.unlock')}
      danger
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('locks.unlockReason')} required extra={t('locks.unlockReasonHint')}>
        <Input.TextArea rows={3} count={lengthLimit(500, true)} autoFocus />
      </Form.Item>
    </ModalForm>
  );
}

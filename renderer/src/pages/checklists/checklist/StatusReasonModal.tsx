import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { itemStatusInput } from '../../../../../electron/api/contract/checklistSchemas';
import { call } from '../../../api/client';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { itemStatusLabel } from '../checklistLabels';
import type { ChecklistItem } from '../checklistTypes';
import { useChecklistReload } from './checklistReload';
import { lengthLimit } from '../../../components/lengthLimit';

interface Values {
  reason: string;
}

/** 受阻 needs a reason and 不适用 may have one; the server's refusal shows at the reason field. */
export function StatusReasonModal({ item, status, onClose }: { item: ChecklistItem; status: 'blocked' | 'not_applicable'; onClose(): void }) {
  const { t } = useTranslation();
  const reload = useChecklistReload();
  const [form] = Form.useForm<Values>();
  const api = useApiForm({
    form,
    fields: ['reason'],
    check: (values: Values) => checkWith(itemStatusInput, { id: item.id, status, reason: values.reason }),
    send: (input) => call('checklistItems.setStatus', input),
    onSaved: () => {
      onClose();
      reload();
    },
  });
  const label = itemStatusLabel(status, t);
  return (
    <ModalForm<Values>
      title={t('cl.status.title', { status: label, title: item.titleZh })}
      form={form}
      initialValues={{ reason: item.statusReason }}
      saving={api.saving}
      problem={api.problem}
      okText={label}
      danger={status === 'blocked'}
      testId={`status-reason-${item.itemKey}`}
      onFinish={api.submit}
      onValuesChange={api.clearIssues}
      onClose={onClose}
    >
      <Form.Item name="reason" label={status === 'blocked' ? t('cl.status.reasonBlocked') : t('cl.status.reasonNa')} required={status === 'blocked'}>
        <Input.TextArea rows={3} count={lengthLimit(1000)} autoFocus />
      </Form.Item>
    </ModalForm>
  );
}

import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { itemUpdateInput } from '../../../../../electron/api/contract/checklistSchemas';
import { call } from '../../../api/client';
import { dateField } from '../../investment/formFieldProps';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import type { ChecklistItem } from '../checklistTypes';
import { useChecklistReload } from './checklistReload';
import { lengthLimit } from '../../../components/lengthLimit';

interface Values {
  assignee: string;
  startOn: string | null;
  dueOn: string | null;
  notes: string;
}

/**
 * Assignee, start, due and notes. The due date is sent only when the user changed it: otherwise the server counts
 * it from the new start in working days (holidays and 调休 included), which the browser cannot know.
 */
export function ItemDetailsModal({ item, onClose }: { item: ChecklistItem; onClose(): void }) {
  const { t } = useTranslation();
  const reload = useChecklistReload();
  const [form] = Form.useForm<Values>();
  const api = useApiForm({
    form,
    fields: ['assignee', 'startOn', 'dueOn', 'notes'],
    check: ({ dueOn, ...values }: Values) =>
      checkWith(itemUpdateInput, { id: item.id, ...values, ...(dueOn !== item.dueOn ? { dueOn } : {}) }),
    send: (input) => call('checklistItems.update', input),
    onSaved: () => {
      onClose();
      reload();
    },
  });
  return (
    <ModalForm<Values>
      title={t('cl.item.editTitle', { title: item.titleZh })}
      form={form}
      initialValues={{ assignee: item.assignee, startOn: item.startOn, dueOn: item.dueOn, notes: item.notes }}
      saving={api.saving}
      problem={api.problem}
      okText={t('common.save')}
      testId={`item-details-${item.itemKey}`}
      onFinish={api.submit}
      onValuesChange={api.clearIssues}
      onClose={onClose}
    >
      <Form.Item name="assignee" label={t('cl.item.assignee')}>
        <Input count={lengthLimit(60)} />
      </Form.Item>
      <Form.Item name="startOn" label={t('cl.item.start')} {...dateField}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('cl.item.due')} extra={t('cl.item.dueHint')} {...dateField}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="notes" label={t('cl.item.notes')}>
        <Input.TextArea rows={3} count={lengthLimit(4000)} />
      </Form.Item>
    </ModalForm>
  );
}

import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { startApplicationInput } from '../../../../../electron/api/contract/checklistSchemas';
import { call } from '../../../api/client';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { useTemplateOptions } from '../../workflows/useTemplateOptions';
import type { ChecklistItem } from '../checklistTypes';
import { useChecklistReload } from './checklistReload';
import { lengthLimit } from '../../../components/lengthLimit';

interface Values {
  templateId: string;
  subject: string;
}

/** Files an approval for the item's enterprise through the workflow engine; a not-started item becomes 办理中. */
export function StartApplicationModal({ item, onClose }: { item: ChecklistItem; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reload = useChecklistReload();
  const { options, loading } = useTemplateOptions();
  const [form] = Form.useForm<Values>();
  const api = useApiForm({
    form,
    fields: ['templateId', 'subject'],
    rename: { itemId: 'templateId' },
    check: (values: Values) => checkWith(startApplicationInput, { ...values, itemId: item.id }),
    send: (input) => call('checklistItems.startApplication', input),
    onSaved: (saved) => {
      message.success(t('cl.app.started', { serial: saved.application?.serial ?? '' }));
      onClose();
      reload();
    },
  });
  return (
    <ModalForm<Values>
      title={t('cl.app.modalTitle', { title: item.titleZh })}
      form={form}
      initialValues={{ subject: item.titleZh }}
      saving={api.saving}
      problem={api.problem}
      okText={t('cl.app.start')}
      testId={`start-app-${item.itemKey}`}
      onFinish={api.submit}
      onValuesChange={api.clearIssues}
      onClose={onClose}
    >
      <Form.Item name="templateId" label={t('cl.app.template')} required>
        <Select options={options} loading={loading} showSearch={{ optionFilterProp: 'label' }} placeholder={t('common.select')} />
      </Form.Item>
      <Form.Item name="subject" label={t('cl.app.subject')} required>
        <Input count={lengthLimit(200)} />
      </Form.Item>
    </ModalForm>
  );
}

import { App as AntApp, DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { projectDropInput } from '../../../../../electron/api/contract/projectSchemas';
import { call } from '../../../api/client';
import { DATE_FORMAT, dateField, notInFuture, today } from '../../investment/formFieldProps';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { lengthLimit } from '../../../components/lengthLimit';

interface Values {
  reason: string;
  on: string | null;
}

/** 终止 ends the pipeline at any stage; the reason stays on the project page and in the history. */
export function DropModal({ project, onClose, onDone }: { project: { id: string; name: string }; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiForm({
    form,
    fields: ['reason', 'on'],
    check: (values: Values) => checkWith(projectDropInput, { id: project.id, ...values }),
    send: (input) => call('projects.drop', input),
    onSaved: () => {
      message.success(t('drop.done'));
      onDone();
    },
  });

  return (
    <ModalForm<Values>
      title={t('drop.title', { name: project.name })}
      form={form}
      testId="drop-form"
      initialValues={{ reason: '', on: today() }}
      saving={save.saving}
      problem={save.problem}
      okText={t('drop.submit')}
      danger
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('drop.reason')} required>
        <Input.TextArea rows={3} count={lengthLimit(500, true)} autoFocus />
      </Form.Item>
      <Form.Item name="on" label={t('drop.on')} required {...dateField}>
        <DatePicker format={DATE_FORMAT} disabledDate={notInFuture} style={{ width: '100%' }} />
      </Form.Item>
    </ModalForm>
  );
}

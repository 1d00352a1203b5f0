import { Alert, App as AntApp, DatePicker, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { projectAdvanceInput } from '../../../../../electron/api/contract/projectSchemas';
import { PROJECT_STAGES, stageIndex, type PipelineStage } from '../../../../../db/reference/investment';
import { call } from '../../../api/client';
import { DATE_FORMAT, dateField, notInFuture, today } from '../../investment/formFieldProps';
import { stageLabel, stageOptions } from '../../investment/investmentLabels';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';

interface Values {
  stage?: PipelineStage;
  on: string | null;
}

interface Props {
  project: { id: string; name: string; stage: PipelineStage };
  /** The date of the last stage reached: the next one cannot be dated before it. */
  lastDate: string | null;
  onClose(): void;
  onDone(): void;
}

/** Only later stages are offered (skipping is allowed); the server still has the last word on order and dates. */
export function AdvanceModal({ project, lastDate, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const later = PROJECT_STAGES.filter((stage) => stageIndex(stage) > stageIndex(project.stage));
  const save = useApiForm({
    form,
    fields: ['stage', 'on'],
    check: (values: Values) => checkWith(projectAdvanceInput, { id: project.id, ...values }),
    send: (input) => call('projects.advance', input),
    onSaved: (saved) => {
      message.success(t('advance.done', { stage: stageLabel(saved.stage, t) }));
      onDone();
    },
  });

  return (
    <ModalForm<Values>
      title={t('advance.title', { name: project.name })}
      form={form}
      testId="advance-form"
      initialValues={{ stage: later[0], on: today() }}
      saving={save.saving}
      problem={save.problem}
      okText={t('advance.submit')}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      {later.length === 0 && <Alert type="info" showIcon title={t('advance.none')} className="form-alert" />}
      <Form.Item name="stage" label={t('advance.stage')} required>
        <Select options={stageOptions(later, t)} placeholder={t('common.select')} />
      </Form.Item>
      <Form.Item name="on" label={t('advance.on')} required extra={lastDate ? t('advance.onHint', { date: lastDate }) : undefined} {...dateField}>
        <DatePicker format={DATE_FORMAT} disabledDate={notInFuture} style={{ width: '100%' }} />
      </Form.Item>
    </ModalForm>
  );
}

import { App as AntApp, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { followUpAddInput } from '../../../../electron/api/contract/targetSchemas';
import { call } from '../../api/client';
import { DATE_FORMAT, dateField, notInFuture, today } from './formFieldProps';
import { followUpKindOptions } from './investmentLabels';
import { ModalForm } from './ModalForm';
import { checkWith } from './schemaCheck';
import { useApiForm } from './useApiForm';
import { lengthLimit } from '../../components/lengthLimit';

interface Values {
  kind?: string;
  happenedOn: string | null;
  summary: string;
  nextStep: string;
  dueOn: string | null;
}

const FIELDS = ['kind', 'happenedOn', 'summary', 'nextStep', 'dueOn'] as const;

/** Logs one contact with a target (or its project): what happened, what comes next, by when. */
export function FollowUpModal({ subject, onClose, onSaved }: { subject: { targetId?: string; projectId?: string }; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiForm({
    form,
    fields: FIELDS,
    check: (values: Values) => checkWith(followUpAddInput, { ...subject, ...values }),
    send: (input) => call('followUps.add', input),
    onSaved: () => {
      message.success(t('followUps.added'));
      onSaved();
    },
  });

  return (
    <ModalForm<Values>
      title={t('followUps.add')}
      form={form}
      testId="followup-form"
      initialValues={{ kind: 'visit', happenedOn: today(), summary: '', nextStep: '', dueOn: null }}
      saving={save.saving}
      problem={save.problem}
      okText={t('common.save')}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="kind" label={t('followUps.kind')} required>
            <Select options={followUpKindOptions(t)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="happenedOn" label={t('followUps.happenedOn')} required {...dateField}>
            <DatePicker format={DATE_FORMAT} disabledDate={notInFuture} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('followUps.summary')} required>
        <Input.TextArea rows={3} count={lengthLimit(2000, true)} autoFocus />
      </Form.Item>
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="nextStep" label={t('followUps.nextStep')}>
            <Input count={lengthLimit(500)} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="dueOn" label={t('followUps.dueOn')} {...dateField}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </ModalForm>
  );
}

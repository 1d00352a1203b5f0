import { App as AntApp, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { DrawerFormBody, FormDrawer } from '../investment/DrawerForm';
import { nullWhenCleared } from '../investment/formFieldProps';
import { priorityOptions, targetStatusOptions } from '../investment/investmentLabels';
import { CountryIndustryRow } from '../investment/CountryIndustryRow';
import { ParkSelect } from '../investment/pickers/ParkSelect';
import { useApiForm } from '../investment/useApiForm';
import {
  checkTargetForm,
  EDITABLE_TARGET_STATUSES,
  emptyTargetForm,
  TARGET_FORM_FIELDS,
  targetToForm,
  type TargetFormValues,
  type TargetRecord,
  type TargetSave,
} from './targetFormValues';
import { lengthLimit } from '../../components/lengthLimit';

function send(save: TargetSave): Promise<TargetRecord> {
  return 'create' in save ? call('targets.create', save.create) : call('targets.update', save.update);
}

interface EditorProps {
  target: TargetRecord | null;
  onClose(): void;
  onSaved(target: TargetRecord): void;
}

function TargetEditor({ target, onClose, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<TargetFormValues>();
  const save = useApiForm({
    form,
    fields: TARGET_FORM_FIELDS,
    check: (values: TargetFormValues) => checkTargetForm(values, target),
    send,
    onSaved: (saved) => {
      message.success(t(target ? 'targetForm.saved' : 'targetForm.created', { name: saved.company }));
      onSaved(saved);
    },
  });

  return (
    <DrawerFormBody<TargetFormValues>
      form={form}
      testId="target-form"
      initialValues={target ? targetToForm(target) : emptyTargetForm()}
      saving={save.saving}
      problem={save.problem}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      <Form.Item name="company" label={t('targetForm.company')} required>
        <Input count={lengthLimit(100)} autoFocus />
      </Form.Item>
      <Form.Item name="companyOriginal" label={t('targetForm.companyOriginal')}>
        <Input count={lengthLimit(200)} />
      </Form.Item>
      <CountryIndustryRow countryName="countryCode" countryLabel={t('targetForm.countryCode')} industryLabel={t('targetForm.industryCode')} />
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="parkId" label={t('targetForm.parkId')} {...nullWhenCleared}>
            <ParkSelect allowClear />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="owner" label={t('targetForm.owner')}>
            <Input count={lengthLimit(40)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="priority" label={t('targetForm.priority')} required>
            <Select options={priorityOptions(t)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="status" label={t('targetForm.status')} required>
            <Select options={targetStatusOptions(EDITABLE_TARGET_STATUSES, t)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="plan" label={t('targetForm.plan')}>
        <Input.TextArea rows={6} count={lengthLimit(5000, true)} placeholder={t('targetForm.planPlaceholder')} />
      </Form.Item>
    </DrawerFormBody>
  );
}

export function TargetFormDrawer({ open, ...editor }: EditorProps & { open: boolean }) {
  const { t } = useTranslation();
  return (
    <FormDrawer
      open={open}
      onClose={editor.onClose}
      title={editor.target ? t('targetForm.titleEdit', { name: editor.target.company }) : t('targetForm.titleNew')}
    >
      <TargetEditor key={editor.target?.id ?? 'new'} {...editor} />
    </FormDrawer>
  );
}

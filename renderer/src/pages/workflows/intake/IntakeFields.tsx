import { Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, dateField, notInFuture } from '../../investment/formFieldProps';
import { EnterprisePicker } from '../../investment/pickers/EnterprisePicker';
import type { TemplateView } from '../workflowTypes';
import { EnterpriseProjectSelect } from './EnterpriseProjectSelect';
import type { IntakeValues } from './intakeRequest';
import { lengthLimit } from '../../../components/lengthLimit';

interface Props {
  templates: readonly TemplateView[];
  /** Once the application is filed, who and what it is for can no longer change here. */
  filed: boolean;
}

/** The one form of 一窗一表: who applies for what, what the window received, and whether it is accepted now. */
export function IntakeFields({ templates, filed }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<IntakeValues>();
  const templateId = Form.useWatch('templateId', form);
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const mode = Form.useWatch('mode', form);
  const template = templates.find((tpl) => tpl.id === templateId);
  const allowsMissing = template?.steps[0]?.allowsMissing ?? false;

  return (
    <>
      <Form.Item<IntakeValues> name="templateId" label={t('intake.template')} required>
        <Select
          disabled={filed}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('common.select')}
          options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          onChange={() => form.setFieldsValue({ materialsReceived: [], mode: 'accept' })}
        />
      </Form.Item>
      <Form.Item<IntakeValues> name="enterpriseId" label={t('intake.enterprise')} required>
        <EnterprisePicker onChange={() => form.setFieldsValue({ projectId: null })} />
      </Form.Item>
      <Form.Item<IntakeValues> name="projectId" label={t('intake.project')}>
        {enterpriseId ? <EnterpriseProjectSelect enterpriseId={enterpriseId} disabled={filed} /> : <Select disabled placeholder={t('intake.projectNone')} />}
      </Form.Item>
      <Form.Item<IntakeValues> name="subject" label={t('intake.subject')} required>
        <Input count={lengthLimit(200)} disabled={filed} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item<IntakeValues> name="contactName" label={t('intake.contactName')}>
            <Input count={lengthLimit(40)} disabled={filed} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item<IntakeValues> name="contactPhone" label={t('intake.contactPhone')}>
            <Input count={lengthLimit(40)} disabled={filed} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item<IntakeValues> name="submittedOn" label={t('intake.submittedOn')} {...dateField}>
            <DatePicker format={DATE_FORMAT} disabledDate={notInFuture} style={{ width: '100%' }} disabled={filed} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item<IntakeValues> name="materialsReceived" label={t('intake.materials')} extra={template ? undefined : t('intake.materialsHint')}>
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          {(template?.materials ?? []).map((m) => (
            <Checkbox key={m.name} value={m.name}>
              {m.name}
              {!m.mandatory && <Typography.Text type="secondary"> （{t('wf.app.optional')}）</Typography.Text>}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item<IntakeValues> name="mode" label={t('intake.mode')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'submit', label: t('intake.mode.submit') },
            { value: 'accept', label: t('intake.mode.accept') },
            ...(allowsMissing ? [{ value: 'acceptWithMissing', label: t('intake.mode.acceptWithMissing') }] : []),
          ]}
        />
      </Form.Item>
      {mode === 'acceptWithMissing' && (
        <Form.Item<IntakeValues> name="supplyBy" label={t('intake.supplyBy')} required {...dateField}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item<IntakeValues> name="note" label={t('intake.note')}>
        <Input.TextArea rows={2} count={lengthLimit(2000)} disabled={filed} />
      </Form.Item>
    </>
  );
}

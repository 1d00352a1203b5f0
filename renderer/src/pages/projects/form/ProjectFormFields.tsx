import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROJECT_STAGES } from '../../../../../db/reference/investment';
import { DATE_FORMAT, dateField, notInFuture } from '../../investment/formFieldProps';
import { stageOptions, typeOptions } from '../../investment/investmentLabels';
import { CountryIndustryRow } from '../../investment/CountryIndustryRow';
import { EnterprisePicker, type EnterpriseSummary } from '../../investment/pickers/EnterprisePicker';
import { ParkSelect } from '../../investment/pickers/ParkSelect';
import type { ProjectFormValues } from './projectFormValues';
import { lengthLimit } from '../../../components/lengthLimit';

interface Props {
  creating: boolean;
  enterpriseLabel?: string;
}

export function ProjectFormFields({ creating, enterpriseLabel }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ProjectFormValues>();

  // Most projects come from the investor's own country and industry, in its park: filled in, still editable.
  const prefill = (enterprise: EnterpriseSummary | undefined) => {
    if (!enterprise) return;
    const current = form.getFieldsValue();
    form.setFieldsValue({
      sourceCountry: current.sourceCountry ?? enterprise.countryCode,
      industryCode: current.industryCode ?? enterprise.industryCode,
      parkId: current.parkId ?? enterprise.parkId ?? undefined,
    });
  };

  return (
    <>
      <Form.Item name="name" label={t('projectForm.name')} required>
        <Input count={lengthLimit(100)} autoFocus />
      </Form.Item>
      <Form.Item name="enterpriseId" label={t('projectForm.enterpriseId')} required extra={t('projectForm.enterpriseHint')}>
        <EnterprisePicker initialLabel={enterpriseLabel} onPick={prefill} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="parkId" label={t('projectForm.parkId')} required>
            <ParkSelect />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="type" label={t('projectForm.type')} required>
            <Select options={typeOptions(t)} placeholder={t('common.select')} />
          </Form.Item>
        </Col>
      </Row>
      <CountryIndustryRow countryName="sourceCountry" countryLabel={t('projectForm.sourceCountry')} industryLabel={t('projectForm.industryCode')} />
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="totalInvestmentWan" label={t('projectForm.totalInvestmentWan')} required extra={t('projectForm.amountHint')}>
            <Input inputMode="decimal" count={lengthLimit(16)} className="num" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="contractedFdiWan" label={t('projectForm.contractedFdiWan')}>
            <Input inputMode="decimal" count={lengthLimit(16)} className="num" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="landMu" label={t('projectForm.landMu')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="owner" label={t('projectForm.owner')}>
            <Input count={lengthLimit(40)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="ownerPhone" label={t('projectForm.ownerPhone')}>
            <Input count={lengthLimit(40)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="issues" label={t('projectForm.issues')}>
        <Input.TextArea rows={3} count={lengthLimit(2000, true)} />
      </Form.Item>
      {creating && (
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="stage" label={t('projectForm.stage')} required>
              <Select options={stageOptions(PROJECT_STAGES, t)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="stageOn" label={t('projectForm.stageOn')} required {...dateField}>
              <DatePicker format={DATE_FORMAT} disabledDate={notInFuture} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}

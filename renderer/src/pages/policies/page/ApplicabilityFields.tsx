import { Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, dateField } from '../../investment/formFieldProps';
import { tagOptions, typeOptions } from '../../investment/investmentLabels';
import { CountrySelect } from '../../investment/pickers/CountrySelect';
import { kindOptions, levelOptions } from '../../parks/parkLabels';
import { IndustryPrefixesSelect } from './IndustryPrefixesSelect';

/** One field per applicability condition; an empty field sets no condition. */
export function ApplicabilityFields() {
  const { t } = useTranslation();
  const any = t('pol.clause.anyValue');
  const multi = { mode: 'multiple' as const, allowClear: true, placeholder: any, maxTagCount: 'responsive' as const };
  return (
    <div data-testid="clause-applicability">
      <Typography.Text strong>{t('pol.clause.conditions')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('pol.clause.conditionsHint')}
      </Typography.Paragraph>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="parkKinds" label={t('cond.parkKinds')}>
            <Select {...multi} options={kindOptions(t)} data-testid="clause-cond-parkKinds" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="parkLevels" label={t('cond.parkLevels')}>
            <Select {...multi} options={levelOptions(t)} data-testid="clause-cond-parkLevels" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="tagsAny" label={t('cond.tagsAny')} extra={t('pol.clause.tagsHint')}>
            <Select {...multi} options={tagOptions(t)} data-testid="clause-cond-tagsAny" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="projectTypes" label={t('cond.projectTypes')}>
            <Select {...multi} options={typeOptions(t)} data-testid="clause-cond-projectTypes" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="countries" label={t('cond.countries')}>
            <CountrySelect<string[]> {...multi} data-testid="clause-cond-countries" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="minProjectWan" label={t('pol.clause.minProjectWan')} extra={t('pol.clause.minProjectHint')}>
            <Input placeholder={any} inputMode="decimal" data-testid="clause-cond-minProjectWan" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="industryPrefixes" label={t('cond.industryPrefixes')}>
            <IndustryPrefixesSelect />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="validFrom" label={t('cond.validFrom')} {...dateField}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={any} data-testid="clause-cond-validFrom" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="validTo" label={t('cond.validTo')} {...dateField}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={any} data-testid="clause-cond-validTo" />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}

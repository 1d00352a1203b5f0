import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyCategory, PolicyLevel } from '../../../../db/reference/policies';
import { DATE_FORMAT, dateField } from '../investment/formFieldProps';
import { categoryOptions, levelOptions } from './policyLabels';

/** The policy's own fields as the form holds them; dates are 'YYYY-MM-DD' text or null, as the API keeps them. */
export interface PolicyValues {
  title: string;
  docNumber: string | null;
  issuer: string;
  level: PolicyLevel | null;
  categories: PolicyCategory[];
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
}

export const POLICY_FIELDS = ['title', 'docNumber', 'issuer', 'level', 'categories', 'issuedOn', 'effectiveOn', 'expiresOn'] as const;

/** Title, 文号, issuer, level, categories and the three dates: the same fields when importing and when editing. */
export function PolicyFields() {
  const { t } = useTranslation();
  const date = (name: 'issuedOn' | 'effectiveOn' | 'expiresOn') => (
    <Col span={8}>
      <Form.Item name={name} label={t(`pol.field.${name}`)} {...dateField}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid={`policy-field-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <>
      <Form.Item name="title" label={t('pol.field.title')} required>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="docNumber" label={t('pol.field.docNumber')}>
            <Input data-testid="policy-field-docnumber" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="issuer" label={t('pol.field.issuer')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="level" label={t('pol.field.level')} required>
            <Select<PolicyLevel> options={levelOptions(t)} data-testid="policy-field-level" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="categories" label={t('pol.field.categories')}>
        <Select<PolicyCategory[]> mode="multiple" options={categoryOptions(t)} />
      </Form.Item>
      <Row gutter={16}>
        {date('issuedOn')}
        {date('effectiveOn')}
        {date('expiresOn')}
      </Row>
    </>
  );
}

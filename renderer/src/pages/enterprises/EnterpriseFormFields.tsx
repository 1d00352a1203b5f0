import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { nullWhenCleared } from '../investment/formFieldProps';
import { tagOptions } from '../investment/investmentLabels';
import { CountryIndustryRow } from '../investment/CountryIndustryRow';
import { ParkSelect } from '../investment/pickers/ParkSelect';
import { ContactsField } from './ContactsField';
import { CreditCodeField } from './CreditCodeField';
import { lengthLimit } from '../../components/lengthLimit';

/** `duplicateName`: the server found an enterprise with this name; ask the user to confirm it is another one. */
export function EnterpriseFormFields({ duplicateName }: { duplicateName: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="name"
        label={t('enterpriseForm.name')}
        required
        {...(duplicateName ? { validateStatus: 'warning' as const, help: t('errors.enterprise.name.duplicate') } : {})}
      >
        <Input count={lengthLimit(100)} autoFocus data-testid="enterprise-name" />
      </Form.Item>
      {duplicateName && (
        <Form.Item name="confirmDuplicateName" valuePropName="checked" style={{ marginTop: -8 }}>
          <Checkbox data-testid="enterprise-duplicate-confirm">{t('enterpriseForm.duplicateConfirm')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="nameOriginal" label={t('enterpriseForm.nameOriginal')}>
        <Input count={lengthLimit(200)} placeholder={t('enterpriseForm.nameOriginalPlaceholder')} />
      </Form.Item>
      <CreditCodeField />
      <CountryIndustryRow countryName="countryCode" countryLabel={t('enterpriseForm.countryCode')} industryLabel={t('enterpriseForm.industryCode')} />
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item name="parkId" label={t('enterpriseForm.parkId')} {...nullWhenCleared}>
            <ParkSelect allowClear />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="registeredCapitalWan" label={t('enterpriseForm.registeredCapitalWan')}>
            <Input inputMode="decimal" count={lengthLimit(16)} className="num" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="tags" label={t('enterpriseForm.tags')}>
        <Checkbox.Group options={tagOptions(t)} />
      </Form.Item>
      <ContactsField />
      <Form.Item name="notes" label={t('enterpriseForm.notes')}>
        <Input.TextArea rows={3} count={lengthLimit(2000, true)} />
      </Form.Item>
    </>
  );
}

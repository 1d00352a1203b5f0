import { App as AntApp, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenefitKind } from '../../../../../db/reference/policies';
import { benefitCreateInput } from '../../../../../electron/api/contract/policySchemas';
import { call } from '../../../api/client';
import { DATE_FORMAT, dateField, monthField, MONTH_FORMAT, notInFuture, today } from '../../investment/formFieldProps';
import { ModalForm } from '../../investment/ModalForm';
import { EnterprisePicker } from '../../investment/pickers/EnterprisePicker';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { benefitKindOptions } from '../policyLabels';
import { EvidenceField, type Evidence } from './EvidenceField';
import { ClauseSelect, PolicySelect } from './PolicyClausePickers';
import { DEFAULT_TAX_HOLIDAY, TaxHolidayCalculator, type TaxHolidayValue } from './TaxHolidayCalculator';

/** What the opener already knows: the policy page gives the policy (and clause), an enterprise's page the enterprise. */
export interface BenefitPreset {
  policyId?: string;
  clauseId?: string;
  enterpriseId?: string;
  enterpriseName?: string;
}

interface Values {
  enterpriseId: string | null;
  policyId: string | null;
  clauseId: string | null;
  kind: BenefitKind;
  amountYuan: string;
  periodFrom: string | null;
  periodTo: string | null;
  grantedOn: string;
  evidence: Evidence | null;
  useTaxHoliday: boolean;
  taxHoliday: TaxHolidayValue;
  note: string;
}

const FIELDS = ['enterpriseId', 'policyId', 'clauseId', 'kind', 'amountYuan', 'periodFrom', 'periodTo', 'grantedOn', 'evidence', 'taxHoliday', 'note'] as const;

/** 登记政策兑现: checked with the API's schema first; the tax-holiday inputs travel with the benefit when ticked. */
export function BenefitFormModal({ preset, onClose, onSaved }: { preset: BenefitPreset; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const policyId = Form.useWatch('policyId', form) ?? preset.policyId ?? null;
  const kind = Form.useWatch('kind', form);
  const useTaxHoliday = Form.useWatch('useTaxHoliday', form);
  const api = useApiForm({
    form,
    fields: FIELDS,
    check: ({ useTaxHoliday: withSchedule, taxHoliday, ...values }: Values) =>
      checkWith(benefitCreateInput, { ...values, taxHoliday: withSchedule && values.kind === 'tax_relief' ? taxHoliday : null }),
    send: (input) => call('benefits.create', input),
    onSaved: (saved) => {
      message.success(t('ben.saved', { enterprise: saved.enterpriseName, yuan: saved.amountYuan }));
      onSaved();
    },
  });
  return (
    <ModalForm<Values>
      title={t('ben.formTitle')}
      width={860}
      okText={t('common.save')}
      saving={api.saving}
      onClose={onClose}
      form={form}
      testId="benefit-form"
      problem={api.problem}
      onFinish={api.submit}
      onValuesChange={(changed) => {
        if ('policyId' in changed) form.setFieldValue('clauseId', null);
        api.clearIssues(changed);
      }}
      initialValues={{
        enterpriseId: preset.enterpriseId ?? null,
        policyId: preset.policyId ?? null,
        clauseId: preset.clauseId ?? null,
        kind: 'tax_relief',
        amountYuan: '',
        grantedOn: today(),
        useTaxHoliday: true,
        taxHoliday: DEFAULT_TAX_HOLIDAY,
        note: '',
        evidence: null,
      }}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="enterpriseId" label={t('ben.enterprise')} required>
            <EnterprisePicker initialLabel={preset.enterpriseName} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="kind" label={t('ben.kind')} required>
            <Select<BenefitKind> options={benefitKindOptions(t)} data-testid="benefit-kind" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="policyId" label={t('ben.policy')} required>
        <PolicySelect />
      </Form.Item>
      <Form.Item name="clauseId" label={t('ben.clause')}>
        <ClauseSelect policyId={policyId} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="amountYuan" label={t('ben.amount')} required extra={t('ben.amountHint')}>
            <Input inputMode="decimal" data-testid="benefit-amount" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="periodFrom" label={t('ben.periodFrom')} {...monthField}>
            <DatePicker picker="month" format={MONTH_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="periodTo" label={t('ben.periodTo')} {...monthField}>
            <DatePicker picker="month" format={MONTH_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="grantedOn" label={t('ben.grantedOn')} required {...dateField}>
            <DatePicker format={DATE_FORMAT} disabledDate={notInFuture} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="evidence" label={t('ben.evidence')}>
            <EvidenceField />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'tax_relief' && (
        <>
          <Form.Item name="useTaxHoliday" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>{t('tax.use')}</Checkbox>
          </Form.Item>
          {useTaxHoliday && (
            <Form.Item name="taxHoliday" label={t('tax.title')}>
              <TaxHolidayCalculator />
            </Form.Item>
          )}
        </>
      )}
      <Form.Item name="note" label={t('ben.note')}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </ModalForm>
  );
}

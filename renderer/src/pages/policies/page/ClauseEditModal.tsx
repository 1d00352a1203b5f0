import { App as AntApp, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { clauseUpdateInput } from '../../../../../electron/api/contract/policySchemas';
import { call } from '../../../api/client';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { useApiQuery } from '../../investment/useApiQuery';

type Clause = MethodOutput<'policies.get'>['clauses'][number];

interface Values {
  responsibleUnits: string[];
  leadUnit: string | null;
  indicatorCode: string | null;
}

const FIELDS = ['responsibleUnits', 'leadUnit', 'indicatorCode'] as const;

/**
 * Corrects what the parser read out of a clause: its 责任单位, 牵头单位 and indicator link. The applicability
 * conditions travel back unchanged, so editing units never widens or narrows who the clause applies to.
 */
export function ClauseEditModal({ clause, onClose, onSaved }: { clause: Clause; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const known = useApiQuery('policies.units', {});
  const chosen = Form.useWatch('responsibleUnits', form) ?? clause.responsibleUnits;
  const api = useApiForm({
    form,
    fields: FIELDS,
    check: (values: Values) => checkWith(clauseUpdateInput, { ...values, id: clause.id, applicability: clause.applicability }),
    send: (input) => call('policyClauses.update', input),
    onSaved: () => {
      message.success(t('pol.clause.saved', { path: clause.path }));
      onSaved();
    },
  });
  return (
    <ModalForm<Values>
      title={`${clause.path} ${clause.heading}`}
      okText={t('common.save')}
      saving={api.saving}
      onClose={onClose}
      form={form}
      testId="clause-edit-form"
      problem={api.problem}
      onFinish={api.submit}
      onValuesChange={api.clearIssues}
      initialValues={{ responsibleUnits: clause.responsibleUnits, leadUnit: clause.leadUnit, indicatorCode: clause.indicatorCode }}
    >
      <Form.Item name="responsibleUnits" label={t('pol.clause.units')} extra={t('pol.clause.unitsHint')}>
        <Select mode="tags" options={(known.data ?? []).map((u) => ({ value: u.unit, label: u.unit }))} />
      </Form.Item>
      <Form.Item name="leadUnit" label={t('pol.clause.lead')} normalize={(value: string | undefined) => value ?? null}>
        <Select allowClear options={chosen.map((u) => ({ value: u, label: u }))} />
      </Form.Item>
      <Form.Item name="indicatorCode" label={t('pol.clause.indicator')}>
        <Input placeholder="hitech.rd_share_of_gdp" />
      </Form.Item>
    </ModalForm>
  );
}

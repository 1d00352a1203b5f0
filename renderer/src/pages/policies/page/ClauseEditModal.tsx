import { App as AntApp, Divider, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { clauseUpdateInput } from '../../../../../electron/api/contract/policySchemas';
import { call } from '../../../api/client';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { useApiQuery } from '../../investment/useApiQuery';
import { ApplicabilityFields } from './ApplicabilityFields';
import {
  APPLICABILITY_FIELDS,
  applicabilityInputOf,
  applicabilityToForm,
  keepRetypedUnit,
  placeApplicabilityIssues,
  type ApplicabilityValues,
} from './applicabilityValues';

type Clause = MethodOutput<'policies.get'>['clauses'][number];

interface Values extends ApplicabilityValues {
  responsibleUnits: string[];
  leadUnit: string | null;
  indicatorCode: string | null;
}

const FIELDS = ['responsibleUnits', 'leadUnit', 'indicatorCode', ...APPLICABILITY_FIELDS] as const;

/**
 * Corrects what the parser read out of a clause: its 责任单位, 牵头单位 and indicator link, and sets who it
 * applies to (the conditions 适用政策 matches an enterprise against).
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
    check: ({ responsibleUnits, leadUnit, indicatorCode, ...conditions }: Values) =>
      checkWith(clauseUpdateInput, { id: clause.id, responsibleUnits, leadUnit, indicatorCode, applicability: applicabilityInputOf(conditions) }),
    send: (input) => call('policyClauses.update', input),
    special: placeApplicabilityIssues,
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
      initialValues={{
        responsibleUnits: clause.responsibleUnits,
        leadUnit: clause.leadUnit,
        indicatorCode: clause.indicatorCode,
        ...applicabilityToForm(clause.applicability),
      }}
    >
      <Form.Item name="responsibleUnits" label={t('pol.clause.units')} extra={t('pol.clause.unitsHint')}>
        <UnitsSelect options={(known.data ?? []).map((u) => ({ value: u.unit, label: u.unit }))} />
      </Form.Item>
      <Form.Item name="leadUnit" label={t('pol.clause.lead')} normalize={(value: string | undefined) => value ?? null}>
        <Select allowClear options={chosen.map((u) => ({ value: u, label: u }))} />
      </Form.Item>
      <Form.Item name="indicatorCode" label={t('pol.clause.indicator')}>
        <Input placeholder="hitech.rd_share_of_gdp" />
      </Form.Item>
      <Divider style={{ margin: '8px 0 12px' }} />
      <ApplicabilityFields />
    </ModalForm>
  );
}

/** Tags select whose Enter on an already chosen unit keeps it instead of toggling it off. */
function UnitsSelect({ value = [], onChange, options, id }: { value?: string[]; onChange?(units: string[]): void; options: { value: string; label: string }[]; id?: string }) {
  const [typed, setTyped] = useState('');
  return (
    <Select
      id={id}
      mode="tags"
      value={value}
      options={options}
      searchValue={typed}
      onSearch={setTyped}
      onChange={(next: string[]) => {
        onChange?.(keepRetypedUnit(value, next, typed));
        setTyped('');
      }}
      onBlur={() => setTyped('')}
      data-testid="clause-units"
    />
  );
}

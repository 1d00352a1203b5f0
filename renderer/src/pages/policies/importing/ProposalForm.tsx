import { App as AntApp, Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyCategory, PolicyLevel } from '../../../../../db/reference/policies';
import { policyCreateInput } from '../../../../../electron/api/contract/policySchemas';
import { goTo } from '../../../app/routes';
import { call } from '../../../api/client';
import { DATE_FORMAT, dateField } from '../../investment/formFieldProps';
import { ProblemForm } from '../../investment/ProblemForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { categoryOptions, levelOptions } from '../policyLabels';
import type { Proposal } from './ImportTab';
import { ProposedClauses } from './ProposedClauses';
import { RepealedDocuments, useRepealedLinks } from './RepealedDocuments';

interface Values {
  title: string;
  docNumber: string | null;
  issuer: string;
  level: PolicyLevel | null;
  categories: PolicyCategory[];
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
}

const FIELDS = ['title', 'docNumber', 'issuer', 'level', 'categories', 'issuedOn', 'effectiveOn', 'expiresOn'] as const;

/** The server's proposal as an editable form; clauses, full text and found repeals are saved as proposed. */
export function ProposalForm({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const repealed = useRepealedLinks(proposal.supersedes);
  const api = useApiForm({
    form,
    fields: FIELDS,
    check: (values: Values) =>
      checkWith(policyCreateInput, {
        ...values,
        fullText: proposal.fullText,
        clauses: proposal.clauses,
        supersedes: repealed.flatMap((r) => (r.policyId ? [{ policyId: r.policyId, kind: r.kind }] : [])),
      }),
    send: (input) => call('policies.create', input),
    onSaved: (saved) => {
      message.success(t('imp.saved', { title: saved.policy.title }));
      goTo('policies', saved.policy.id);
    },
  });
  const initialValues: Values = {
    title: proposal.title,
    docNumber: proposal.docNumber,
    issuer: proposal.issuer ?? '',
    level: proposal.levelGuess,
    categories: [],
    issuedOn: proposal.issuedOn,
    effectiveOn: proposal.effectiveOn,
    expiresOn: proposal.expiresOn,
  };
  const date = (name: 'issuedOn' | 'effectiveOn' | 'expiresOn') => (
    <Col span={8}>
      <Form.Item name={name} label={t(`pol.field.${name}`)} {...dateField}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <ProblemForm<Values> form={form} initialValues={initialValues} problem={api.problem} testId="policy-import-form" onFinish={api.submit} onValuesChange={api.clearIssues}>
      <Form.Item name="title" label={t('pol.field.title')} required>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="docNumber" label={t('pol.field.docNumber')}>
            <Input data-testid="policy-import-docnumber" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="issuer" label={t('pol.field.issuer')}>
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="level" label={t('pol.field.level')} required>
            <Select<PolicyLevel> options={levelOptions(t)} />
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
      <RepealedDocuments links={repealed} />
      <ProposedClauses clauses={proposal.clauses} />
      <Flex justify="flex-end" className="form-actions">
        <Button type="primary" loading={api.saving} onClick={() => form.submit()} data-testid="policy-import-save">
          {t('imp.save')}
        </Button>
      </Flex>
    </ProblemForm>
  );
}

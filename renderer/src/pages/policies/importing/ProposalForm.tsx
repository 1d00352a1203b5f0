import { App as AntApp, Button, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { policyCreateInput } from '../../../../../electron/api/contract/policySchemas';
import { goTo } from '../../../app/routes';
import { call } from '../../../api/client';
import { ProblemForm } from '../../investment/ProblemForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { POLICY_FIELDS, PolicyFields, type PolicyValues } from '../PolicyFields';
import type { Proposal } from './ImportTab';
import { ProposedClauses } from './ProposedClauses';
import { RepealedDocuments, useRepealedLinks } from './RepealedDocuments';

/** The server's proposal as an editable form; clauses, full text and found repeals are saved as proposed. */
export function ProposalForm({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PolicyValues>();
  const repealed = useRepealedLinks(proposal.supersedes);
  const api = useApiForm({
    form,
    fields: POLICY_FIELDS,
    check: (values: PolicyValues) =>
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
  const initialValues: PolicyValues = {
    title: proposal.title,
    docNumber: proposal.docNumber,
    issuer: proposal.issuer ?? '',
    level: proposal.levelGuess,
    categories: [],
    issuedOn: proposal.issuedOn,
    effectiveOn: proposal.effectiveOn,
    expiresOn: proposal.expiresOn,
  };
  return (
    <ProblemForm<PolicyValues> form={form} initialValues={initialValues} problem={api.problem} testId="policy-import-form" onFinish={api.submit} onValuesChange={api.clearIssues}>
      <PolicyFields />
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

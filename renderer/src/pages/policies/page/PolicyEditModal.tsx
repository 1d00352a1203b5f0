import { App as AntApp, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { policyUpdateInput } from '../../../../../electron/api/contract/policySchemas';
import { call } from '../../../api/client';
import { ModalForm } from '../../investment/ModalForm';
import { checkWith } from '../../investment/schemaCheck';
import { useApiForm } from '../../investment/useApiForm';
import { POLICY_FIELDS, PolicyFields, type PolicyValues } from '../PolicyFields';

type Policy = MethodOutput<'policies.get'>['policy'];

/** The policy's own fields; sent with the version the user saw, so a concurrent edit is refused rather than overwritten. */
export function PolicyEditModal({ policy, onClose, onSaved }: { policy: Policy; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<PolicyValues>();
  const api = useApiForm({
    form,
    fields: POLICY_FIELDS,
    check: (values: PolicyValues) =>
      checkWith(policyUpdateInput, { ...values, id: policy.id, expectedUpdatedAt: policy.updatedAt, fullText: policy.fullText, sourceNote: policy.sourceNote }),
    send: (input) => call('policies.update', input),
    onSaved: (saved) => {
      message.success(t('parkForm.saved', { name: saved.title }));
      onSaved();
    },
  });
  return (
    <ModalForm<PolicyValues>
      title={t('common.edit')}
      width={860}
      okText={t('common.save')}
      saving={api.saving}
      onClose={onClose}
      form={form}
      testId="policy-edit-form"
      problem={api.problem}
      onFinish={api.submit}
      onValuesChange={api.clearIssues}
      initialValues={{ ...policy }}
    >
      <PolicyFields />
    </ModalForm>
  );
}

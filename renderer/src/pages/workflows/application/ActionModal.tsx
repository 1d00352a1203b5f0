import { App as AntApp, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationAction } from '../../../../../db/reference/workflows';
import { ModalForm } from '../../investment/ModalForm';
import { useApiForm } from '../../investment/useApiForm';
import { actionLabel } from '../workflowLabels';
import type { ApplicationDetail } from '../workflowTypes';
import { ActionFields } from './ActionFields';
import { checkAction, initialActionValues, type ActionValues } from './actionRequests';

const FIELDS = ['materialsReceived', 'materials', 'supplyBy', 'department', 'reason', 'comment', 'on'] as const;

interface Props {
  action: ApplicationAction;
  detail: ApplicationDetail;
  onClose(): void;
  onDone(next: ApplicationDetail): void;
}

/** One action on one application; a refusal (a missing material, a wrong date) comes back at its field. */
export function ActionModal({ action, detail, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ActionValues>();
  const label = actionLabel(action, t);
  const save = useApiForm({
    form,
    fields: FIELDS,
    check: (values: ActionValues) => checkAction(action, detail, values),
    send: (request) => request.send(),
    onSaved: (next) => {
      message.success(t('wf.action.done', { action: label }));
      onDone(next);
    },
  });

  return (
    <ModalForm<ActionValues>
      title={t('wf.action.title', { action: label, serial: detail.serial })}
      form={form}
      testId="action-form"
      initialValues={initialActionValues(action, detail)}
      saving={save.saving}
      problem={save.problem}
      okText={label}
      danger={action === 'reject' || action === 'withdraw'}
      width={action === 'accept' || action === 'accept_with_missing' ? 640 : 560}
      onFinish={(values) => void save.submit(values)}
      onValuesChange={save.clearIssues}
      onClose={onClose}
    >
      <ActionFields action={action} detail={detail} />
    </ModalForm>
  );
}

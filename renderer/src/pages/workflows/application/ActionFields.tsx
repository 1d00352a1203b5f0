import { Alert, Checkbox, DatePicker, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationAction } from '../../../../../db/reference/workflows';
import { DATE_FORMAT, dateField } from '../../investment/formFieldProps';
import type { ApplicationDetail } from '../workflowTypes';
import { REASON_ACTIONS, type ActionValues } from './actionRequests';
import { lengthLimit } from '../../../components/lengthLimit';

/** The 一窗一表 list as checkboxes; optional materials say so, so nobody holds an application for them. */
interface MaterialChecksProps {
  detail: ApplicationDetail;
  only?: readonly string[];
  // Filled in by Form.Item.
  value?: string[];
  onChange?(value: string[]): void;
}

function MaterialChecks({ detail, only, value, onChange }: MaterialChecksProps) {
  const { t } = useTranslation();
  const list = detail.materials.filter((m) => !only || only.includes(m.name));
  return (
    <Checkbox.Group value={value} onChange={onChange} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      {list.map((m) => (
        <Checkbox key={m.name} value={m.name}>
          {m.name}
          {!m.mandatory && <Typography.Text type="secondary"> （{t('wf.app.optional')}）</Typography.Text>}
        </Checkbox>
      ))}
    </Checkbox.Group>
  );
}

/** 容缺: shows which mandatory materials the acceptance will record as owed, as the user ticks. */
function MissingPreview({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const received: string[] = Form.useWatch('materialsReceived') ?? [];
  const missing = detail.materials.filter((m) => m.mandatory && !received.includes(m.name)).map((m) => m.name);
  return missing.length ? (
    <Alert type="warning" showIcon title={t('wf.action.missingPreview', { names: missing.join('、') })} className="form-alert" />
  ) : (
    <Alert type="info" showIcon title={t('wf.action.noMissing')} className="form-alert" />
  );
}

/** The fields one action needs, then the date and the comment every action takes. */
export function ActionFields({ action, detail }: { action: ApplicationAction; detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const needsReason = REASON_ACTIONS.includes(action);
  const pending = detail.currentStep?.pendingDepartments ?? [];
  return (
    <>
      {(action === 'accept' || action === 'accept_with_missing') && (
        <Form.Item<ActionValues> name="materialsReceived" label={t('wf.action.materials')}>
          <MaterialChecks detail={detail} />
        </Form.Item>
      )}
      {action === 'accept_with_missing' && (
        <>
          <MissingPreview detail={detail} />
          <Form.Item<ActionValues> name="supplyBy" label={t('wf.action.supplyBy')} required {...dateField}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {action === 'supply_missing' && (
        <Form.Item<ActionValues> name="materials" label={t('wf.action.supply')} required>
          <MaterialChecks detail={detail} only={detail.materialsOutstanding} />
        </Form.Item>
      )}
      {action === 'approve_step' && (
        <Form.Item<ActionValues>
          name="department"
          label={t('wf.action.department')}
          required
          extra={(detail.currentStep?.departments.length ?? 0) > 1 ? t('wf.action.countersignHint') : undefined}
        >
          <Select options={pending.map((d) => ({ value: d, label: d }))} />
        </Form.Item>
      )}
      {needsReason ? (
        <Form.Item<ActionValues> name="reason" label={action === 'return_for_correction' ? t('wf.action.reason.return_for_correction') : t('wf.action.reason')} required>
          <Input.TextArea rows={3} count={lengthLimit(2000)} />
        </Form.Item>
      ) : (
        <Form.Item<ActionValues> name="comment" label={t('wf.action.comment')}>
          <Input.TextArea rows={3} count={lengthLimit(2000)} />
        </Form.Item>
      )}
      <Form.Item<ActionValues> name="on" label={t('wf.action.on')} extra={t('wf.action.onHint')} {...dateField}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('wf.action.onHint')} />
      </Form.Item>
    </>
  );
}

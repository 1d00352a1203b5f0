import { LinkOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_LINK_KINDS, type PolicyLinkKind } from '../../../../../db/reference/policies';
import { ApiCallError, call } from '../../../api/client';
import { errorText, fieldIssueText } from '../../../i18n/errorText';
import { PolicySelect } from '../benefits/PolicyClausePickers';
import { linkLabel } from '../policyLabels';

/** "This policy repeals / amends …": for older documents the import did not find in the library at the time. */
export function LinkPolicyControl({ policyId, onLinked }: { policyId: string; onLinked(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [older, setOlder] = useState<string | null>(null);
  const [kind, setKind] = useState<PolicyLinkKind>('repeals');
  const [busy, setBusy] = useState(false);
  const link = () => {
    if (!older) return;
    setBusy(true);
    call('policies.link', { fromPolicyId: policyId, toPolicyId: older, kind })
      .then(
        () => {
          setOlder(null);
          onLinked();
        },
        (error: unknown) => {
          const issue = error instanceof ApiCallError ? error.fieldIssues[0] : undefined;
          message.error(issue ? fieldIssueText(issue, t) : errorText(error, t));
        },
      )
      .finally(() => setBusy(false));
  };
  return (
    <Space wrap data-testid="policy-link">
      <span>{t('pol.link.this')}</span>
      <Select<PolicyLinkKind> value={kind} onChange={setKind} options={POLICY_LINK_KINDS.map((k) => ({ value: k, label: linkLabel(k, t) }))} style={{ width: 100 }} />
      <div style={{ width: 460 }} className="pol-picker-inline">
        <PolicySelect value={older} onChange={setOlder} />
      </div>
      <Button icon={<LinkOutlined />} disabled={!older} loading={busy} onClick={link}>
        {t('pol.link.add')}
      </Button>
    </Space>
  );
}

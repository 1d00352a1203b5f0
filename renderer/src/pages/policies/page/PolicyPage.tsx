import { Card, Collapse, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goTo, hashOf } from '../../../app/routes';
import { BackLink } from '../../../components/BackLink';
import { RecordPageState } from '../../../components/RecordPageState';
import { AuditHistory } from '../../investment/AuditHistory';
import { useApiQuery } from '../../investment/useApiQuery';
import { BenefitFormModal, type BenefitPreset } from '../benefits/BenefitFormModal';
import { ClauseEditModal } from './ClauseEditModal';
import { ClauseTree, type Clause } from './ClauseTree';
import { policyFieldLabel, policyFieldValue } from './policyAuditLabels';
import { PolicyBenefits } from './PolicyBenefits';
import { PolicyEditModal } from './PolicyEditModal';
import { PolicyHeader } from './PolicyHeader';
import { ReachCard } from './ReachCard';
import { SupersededBlock } from './SupersededBlock';
import '../policies.css';

/** `#/policies/<id>?clause=<clauseId>`: one policy, scrolled to the clause a search hit named. */
export function PolicyPage({ id, clauseId }: { id: string; clauseId: string | null }) {
  const { t } = useTranslation();
  const detail = useApiQuery('policies.get', { id });
  const [granting, setGranting] = useState<BenefitPreset | null>(null);
  const [editing, setEditing] = useState(false);
  const [editingClause, setEditingClause] = useState<Clause | null>(null);
  const data = detail.data;
  if (!data) return <RecordPageState error={detail.error} onBack={() => goTo('policies')} />;
  const grant = (preset: Omit<BenefitPreset, 'policyId'>) => setGranting({ policyId: id, ...preset });

  return (
    <Flex vertical gap={16} data-testid="policy-page">
      <BackLink href={hashOf('policies')} label={t('pol.back')} />
      <PolicyHeader policy={data.policy} status={data.status} onEdit={() => setEditing(true)} />
      <SupersededBlock policyId={id} supersedes={data.supersedes} supersededBy={data.supersededBy} onChanged={detail.reload} />
      <Card title={t('pol.clauses', { count: data.clauses.length })}>
        <ClauseTree clauses={data.clauses} focusId={clauseId} onGrant={(clause) => grant({ clauseId: clause })} onEdit={setEditingClause} />
      </Card>
      <PolicyBenefits
        benefits={data.benefits}
        totalYuan={data.grantedYuan}
        totalWan={data.grantedWan}
        onNew={() => grant({})}
        onChanged={detail.reload}
      />
      <ReachCard policyId={id} onGrant={(enterpriseId, clause) => grant({ enterpriseId, clauseId: clause })} />
      <Collapse items={[{ key: 'text', label: t('pol.fullText'), children: <div className="pol-fulltext">{data.policy.fullText}</div> }]} />
      <Card title={t('pol.history')}>
        <AuditHistory entries={data.history} fieldLabel={(field) => policyFieldLabel(field, t)} formatValue={(field, value) => policyFieldValue(field, value, t)} />
      </Card>
      {editing && (
        <PolicyEditModal
          policy={data.policy}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            detail.reload();
          }}
        />
      )}
      {editingClause && (
        <ClauseEditModal
          clause={editingClause}
          onClose={() => setEditingClause(null)}
          onSaved={() => {
            setEditingClause(null);
            detail.reload();
          }}
        />
      )}
      {granting && (
        <BenefitFormModal
          preset={granting}
          onClose={() => setGranting(null)}
          onSaved={() => {
            setGranting(null);
            detail.reload();
          }}
        />
      )}
    </Flex>
  );
}

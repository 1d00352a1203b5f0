import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitTags } from '../PolicyTags';
import type { Proposal } from './ImportTab';

/** The clauses the parser found, with the units it read out of each, so the user can judge the split before saving. */
export function ProposedClauses({ clauses }: { clauses: Proposal['clauses'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('imp.clauses', { count: clauses.length })} style={{ maxHeight: 520, overflow: 'auto' }} data-testid="policy-import-clauses">
      {clauses.map((clause, i) => (
        <div key={i} className={`pol-clause pol-clause-${clause.level}`}>
          <strong>{clause.path}</strong> {clause.heading}
          {clause.text && <div className="pol-clause-text pol-muted">{clause.text.slice(0, 160)}{clause.text.length > 160 ? '…' : ''}</div>}
          <UnitTags lead={clause.leadUnit} units={clause.responsibleUnits} />
        </div>
      ))}
    </Card>
  );
}

import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChecklistDomain } from '../../../../../db/reference/checklists';
import { domainLabel } from '../checklistLabels';

interface Row {
  domain: ChecklistDomain;
  percentDone: number;
  applicable: number;
  counts: { done: number };
}

/** One bar per domain, labelled in words with the count, so the percentage is never the only cue. */
export function DomainProgress({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr max-content', gap: '4px 12px', alignItems: 'center' }}>
      {rows.map((row) => [
        <span key={`${row.domain}-l`}>{domainLabel(row.domain, t)}</span>,
        <Progress key={`${row.domain}-p`} percent={row.percentDone} size="small" showInfo={false} />,
        <span key={`${row.domain}-n`} className="num">
          {row.counts.done}/{row.applicable}
        </span>,
      ])}
    </div>
  );
}

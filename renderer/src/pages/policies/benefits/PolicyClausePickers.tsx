import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { call } from '../../../api/client';

type PolicyOption = MethodOutput<'policies.list'>['rows'][number];
type ClauseOption = MethodOutput<'policies.get'>['clauses'][number];

interface SelectProps {
  id?: string;
  value?: string | null;
  onChange?(value: string | null): void;
}

/** Policies by title, with 文号 and status words, so a repealed text is not chosen by mistake. */
export function PolicySelect({ id, value, onChange }: SelectProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<PolicyOption[]>([]);
  useEffect(() => {
    call('policies.list', { sortBy: 'title', sortDir: 'asc', limit: 500 }).then((r) => setRows(r.rows), (error: unknown) => console.error('[policies] picker failed', error));
  }, []);
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('common.select')}
      options={rows.map((p) => ({ value: p.id, label: `${p.title}${p.docNumber ? `（${p.docNumber}）` : ''} · ${t(`polStatus.${p.status}`)}` }))}
      data-testid="benefit-policy"
    />
  );
}

/** The clauses of the chosen policy, indented by level; "no particular clause" is the empty choice. */
export function ClauseSelect({ id, value, onChange, policyId }: SelectProps & { policyId: string | null }) {
  const { t } = useTranslation();
  const [clauses, setClauses] = useState<ClauseOption[]>([]);
  useEffect(() => {
    let current = true;
    if (!policyId) {
      setClauses([]);
      return;
    }
    call('policies.get', { id: policyId }).then((d) => current && setClauses(d.clauses), (error: unknown) => console.error('[policies] clauses failed', error));
    return () => {
      current = false;
    };
  }, [policyId]);
  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('ben.clauseNone')}
      options={clauses.map((c) => ({ value: c.id, label: `${'\u3000'.repeat(c.level - 1)}${c.path} ${c.heading}`.slice(0, 80) }))}
      data-testid="benefit-clause"
    />
  );
}

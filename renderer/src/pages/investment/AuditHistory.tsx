import { Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../../../db/schema';
import { changedFields } from './auditDiff';
import './investment.css';

interface Props {
  entries: readonly AuditRow[];
  /** The field's name in the user's language; null hides fields that mean nothing to a user (ids). */
  fieldLabel(field: string): string | null;
  formatValue(field: string, value: unknown): string;
  /** A one-line summary for entries about a child record (an arrival under a project); null for none. */
  describe?(entry: AuditRow): string | null;
}

const ACTION_COLORS: Record<AuditRow['action'], string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'cyan',
  seed: 'default',
  lock: 'purple',
  unlock: 'orange',
};

/** Who changed what and when, newest first; an update lists each changed field as before → after. */
export function AuditHistory({ entries, fieldLabel, formatValue, describe }: Props) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.empty')} />;
  const shown = (field: string, value: unknown) =>
    value === null || value === '' ? <Typography.Text type="secondary">{t('audit.empty.value')}</Typography.Text> : formatValue(field, value);

  return (
    <Timeline
      data-testid="audit-history"
      items={[...entries].reverse().map((entry) => {
        const changes = entry.action === 'update' ? changedFields(entry.before, entry.after).filter((c) => fieldLabel(c.field) !== null) : [];
        const summary = describe?.(entry) ?? null;
        return {
          key: entry.seq,
          color: ACTION_COLORS[entry.action],
          content: (
            <div>
              <Tag color={ACTION_COLORS[entry.action]} style={{ marginInlineEnd: 8 }}>
                {t(`audit.action.${entry.action}`)}
              </Tag>
              <Typography.Text type="secondary">
                {t('audit.by', { actor: entry.actor, at: dayjs(entry.at).format('YYYY-MM-DD HH:mm') })}
              </Typography.Text>
              {summary && <div>{summary}</div>}
              {entry.action === 'update' && changes.length === 0 && (
                <div>
                  <Typography.Text type="secondary">{t('audit.noFieldChange')}</Typography.Text>
                </div>
              )}
              {changes.length > 0 && (
                <ul className="audit-changes">
                  {changes.map((change) => (
                    <li key={change.field}>
                      <Typography.Text strong>{fieldLabel(change.field)}</Typography.Text>
                      {': '}
                      <Typography.Text delete type="secondary">
                        {shown(change.field, change.before)}
                      </Typography.Text>
                      {' → '}
                      <Typography.Text>{shown(change.field, change.after)}</Typography.Text>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
        };
      })}
    />
  );
}

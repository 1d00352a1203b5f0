import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../db/schema';
import { today } from './formFieldProps';
import { followUpKindLabel } from './investmentLabels';

const KIND_COLORS: Record<FollowUpRow['kind'], string> = {
  visit: 'blue',
  call: 'cyan',
  cloud_meeting: 'purple',
  cloud_signing: 'green',
  note: 'gray',
};

/** Contacts with the company, newest first; a next step past its due date is flagged in red. */
export function FollowUpTimeline({ entries }: { entries: readonly FollowUpRow[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followUps.empty')} />;
  const now = today();
  return (
    <Timeline
      data-testid="followups"
      items={[...entries].reverse().map((entry) => ({
        key: entry.id,
        color: KIND_COLORS[entry.kind],
        title: entry.happenedOn,
        content: (
          <div>
            <Tag color={KIND_COLORS[entry.kind]}>{followUpKindLabel(entry.kind, t)}</Tag>
            <Typography.Text>{entry.summary}</Typography.Text>
            {(entry.nextStep || entry.dueOn) && (
              <div>
                <Typography.Text type="secondary">{t('followUps.nextStep')}: </Typography.Text>
                {entry.nextStep}
                {entry.dueOn && (
                  <Typography.Text type={entry.dueOn < now ? 'danger' : 'secondary'} style={{ marginLeft: 8 }}>
                    {t('followUps.due', { date: entry.dueOn })}
                  </Typography.Text>
                )}
              </div>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('followUps.by', { actor: entry.createdBy })}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}

import { Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../db/schema';
import { today } from './formFieldProps';
import { followUpKindLabel } from './investmentLabels';
import './investment.css';

const KIND_COLORS: Record<FollowUpRow['kind'], string> = {
  visit: 'blue',
  call: 'cyan',
  cloud_meeting: 'purple',
  cloud_signing: 'green',
  note: 'gray',
};

/**
 * Contacts with the company, newest first. Only the latest entry's next step is still open, so only its due
 * date turns red when passed; older ones were followed up by the entries above them.
 */
export function FollowUpTimeline({ entries }: { entries: readonly FollowUpRow[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followUps.empty')} />;
  const now = today();
  return (
    <Timeline
      data-testid="followups"
      items={[...entries].reverse().map((entry, index) => ({
        key: entry.id,
        color: KIND_COLORS[entry.kind],
        content: (
          <div>
            <div>
              <Typography.Text strong className="num">
                {entry.happenedOn}
              </Typography.Text>{' '}
              <Tag color={KIND_COLORS[entry.kind]} style={{ marginLeft: 4 }}>
                {followUpKindLabel(entry.kind, t)}
              </Tag>
            </div>
            <Typography.Text>{entry.summary}</Typography.Text>
            {(entry.nextStep || entry.dueOn) && (
              <div>
                <Typography.Text type="secondary">{t('followUps.nextStep')}: </Typography.Text>
                {entry.nextStep}
                {entry.dueOn && (
                  <Typography.Text type={index === 0 && entry.dueOn < now ? 'danger' : 'secondary'} style={{ marginLeft: 8 }}>
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

import { Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { actionLabel } from '../workflowLabels';
import type { TimelineEvent } from '../workflowTypes';

const COLORS: Partial<Record<TimelineEvent['kind'], string>> = {
  approve_step: 'green',
  complete: 'green',
  reject: 'red',
  return_for_correction: 'orange',
  suspend: 'purple',
  withdraw: 'gray',
};

const names = (value: unknown) => (Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('、') : '');

/** What the event's payload adds to its comment: the missing materials, who approved which step. */
function detailOf(event: TimelineEvent, t: TFunction): string | null {
  const p = event.payload;
  if (event.kind === 'accept_with_missing' && names(p.missing)) return t('wf.timeline.missing', { names: names(p.missing), date: String(p.supplyBy ?? '—') });
  if (event.kind === 'supply_missing' && names(p.supplied)) return t('wf.timeline.supplied', { names: names(p.supplied) });
  if (event.kind === 'approve_step' && typeof p.department === 'string') return t('wf.timeline.approved', { department: p.department, step: Number(p.stepNo) });
  return null;
}

/**
 * Every action in order: the day it took effect (what the clock counts), the action, the comment, and who recorded
 * it when — recording a day late must not look like acting a day late.
 */
export function ApplicationTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useTranslation();
  return (
    <Timeline
      data-testid="application-timeline"
      items={events.map((event) => {
        const detail = detailOf(event, t);
        return {
          key: event.seq,
          color: COLORS[event.kind] ?? 'blue',
          content: (
            <div data-event={event.kind}>
              <Typography.Text strong className="num">
                {event.on}
              </Typography.Text>{' '}
              <Tag color={COLORS[event.kind]}>{actionLabel(event.kind, t)}</Tag>
              {detail && <div>{detail}</div>}
              {event.comment && <div style={{ whiteSpace: 'pre-wrap' }}>{event.comment}</div>}
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('wf.timeline.by', { actor: event.actor, at: dayjs(event.at).format('YYYY-MM-DD HH:mm') })}
              </Typography.Text>
            </div>
          ),
        };
      })}
    />
  );
}

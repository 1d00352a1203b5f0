import { EditOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import type { CalendarDay } from '../workflowTypes';

/** Monday first, as Chinese office calendars are. */
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

function mondayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** A month of the working calendar: every day says its kind in words; holidays and 调休 days also carry their name. */
export function CalendarMonth({ days, today }: { days: readonly CalendarDay[]; today: string }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const lead = days[0] ? mondayIndex(days[0].date) : 0;
  return (
    <div className="wf-cal-grid" data-testid="calendar-month">
      {WEEKDAYS.map((i) => (
        <div key={`h${i}`} className="wf-cal-head">
          {t(`cal.weekday.${i}`)}
        </div>
      ))}
      {Array.from({ length: lead }, (_, i) => (
        <div key={`pad${i}`} />
      ))}
      {days.map((day) => {
        const name = day.holiday ? (locale === 'en' ? day.holiday.en : day.holiday.zh) : day.note;
        return (
          <div
            key={day.date}
            className={`wf-cal-day wf-cal-${day.kind}${day.date === today ? ' wf-cal-today' : ''}`}
            data-date={day.date}
            data-kind={day.kind}
            title={day.source === 'override' ? t('cal.source.override') : undefined}
          >
            <div className="wf-cal-num">
              {Number(day.date.slice(8))} {day.source === 'override' && <EditOutlined aria-label={t('cal.source.override')} />}
            </div>
            <div>{t(`cal.kind.${day.kind}`)}</div>
            {name && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {name}
              </Typography.Text>
            )}
          </div>
        );
      })}
    </div>
  );
}

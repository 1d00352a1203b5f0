import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Spin } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n/errorText';
import { MONTH_FORMAT } from '../../investment/formFieldProps';
import { useApiQuery } from '../../investment/useApiQuery';
import { CalendarMonth } from './CalendarMonth';
import { OverridesCard } from './OverridesCard';

/** Coverage first: a lagging holiday package silently shortens every deadline that runs into the missing year. */
function CoverageNotice({ info }: { info: NonNullable<ReturnType<typeof useApiQuery<'calendar.info'>>['data']> }) {
  const { t } = useTranslation();
  const thisYear = Number(info.today.slice(0, 4));
  const missing = [thisYear, thisYear + 1].find((year) => !info.coveredYears.includes(year));
  return (
    <Flex vertical gap={8}>
      {missing !== undefined && (
        <Alert type={missing === thisYear ? 'error' : 'warning'} showIcon data-testid="calendar-lag" title={t('cal.lagTitle', { year: missing })} description={t('cal.lagBody', { year: missing })} />
      )}
      {info.packageYears.from !== null && <Alert type="info" showIcon title={t('cal.covered', { from: info.coveredYears[0] ?? info.packageYears.from, to: info.coveredThrough ?? info.packageYears.to })} />}
    </Flex>
  );
}

/** 工作日历: a month with workdays, holidays and 调休, the calendar's coverage, and the days entered by hand. */
export function CalendarTab() {
  const { t } = useTranslation();
  const info = useApiQuery('calendar.info', {});
  const [month, setMonth] = useState(() => dayjs().format(MONTH_FORMAT));
  const days = useApiQuery('calendar.month', { month });
  const step = (delta: number) => setMonth((m) => dayjs(`${m}-01`).add(delta, 'month').format(MONTH_FORMAT));
  const reloadAll = () => {
    info.reload();
    days.reload();
  };

  return (
    <Flex vertical gap={16} data-testid="calendar-page">
      {info.data && <CoverageNotice info={info.data} />}
      {(info.error ?? days.error) !== null && <Alert type="error" showIcon title={errorText(info.error ?? days.error, t)} />}
      <Card
        title={
          <Flex gap={8} align="center">
            <Button icon={<LeftOutlined />} aria-label={t('cal.prev')} onClick={() => step(-1)} />
            <DatePicker picker="month" format={MONTH_FORMAT} allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format(MONTH_FORMAT))} />
            <Button icon={<RightOutlined />} aria-label={t('cal.next')} onClick={() => step(1)} />
          </Flex>
        }
      >
        {days.data && !days.data.covered && <Alert type="warning" showIcon title={t('cal.monthNotCovered')} className="form-alert" />}
        {days.data ? <CalendarMonth days={days.data.days} today={info.data?.today ?? ''} /> : <Spin />}
      </Card>
      <Card title={t('cal.overrides')}>
        <OverridesCard onChanged={reloadAll} />
      </Card>
    </Flex>
  );
}

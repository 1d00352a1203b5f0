import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../app/localeContext';
import { useParkDirectory } from '../parks/useParkDirectory';
import type { DashboardFilters as Filters } from './dashboardScope';

/** Parks (none chosen = all) and a month range; every chart and the comparison follow them. */
export function DashboardFilters({ filters, onChange }: { filters: Filters; onChange(next: Filters): void }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const directory = useParkDirectory();
  return (
    <Flex gap={12} wrap align="center" className="no-print">
      <Select
        mode="multiple"
        allowClear
        data-testid="dash-parks"
        style={{ minWidth: 320, maxWidth: 640 }}
        placeholder={t('dash.filter.parks')}
        aria-label={t('dash.filter.parks')}
        value={filters.parkIds}
        optionFilterProp="label"
        options={directory.entries.map((p) => ({ value: p.id, label: locale === 'en' && p.nameEn ? p.nameEn : p.name }))}
        onChange={(parkIds: string[]) => onChange({ ...filters, parkIds })}
      />
      <DatePicker.RangePicker
        picker="month"
        data-testid="dash-range"
        aria-label={t('dash.filter.range')}
        allowClear={false}
        value={[dayjs(`${filters.from}-01`), dayjs(`${filters.to}-01`)]}
        onChange={(range) => {
          if (range?.[0] && range[1]) onChange({ ...filters, from: range[0].format('YYYY-MM'), to: range[1].format('YYYY-MM') });
        }}
      />
    </Flex>
  );
}

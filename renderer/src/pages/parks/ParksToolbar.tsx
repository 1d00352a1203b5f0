import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkKind, ParkLevel } from '../../../../db/reference/parkKinds';
import { useLocaleState } from '../../app/localeContext';
import { ListToolbar } from '../../components/ListToolbar';
import { kindOptions, levelOptions } from './parkLabels';
import type { ParkFilters } from './parkTypes';
import { cityOptions } from './referenceOptions';

interface Props {
  filters: ParkFilters;
  onChange(filters: ParkFilters): void;
  onCreate(): void;
}

/** Search (server-side, debounced by the page), three filters and the "new park" button. */
export function ParksToolbar({ filters, onChange, onCreate }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const cities = useMemo(() => cityOptions(locale), [locale]);

  return (
    <ListToolbar
      className="parks-toolbar"
      search={{
        testId: 'parks-search',
        label: t('parks.search'),
        value: filters.search,
        onChange: (search) => onChange({ ...filters, search }),
        width: 300,
      }}
      create={{ testId: 'parks-new', label: t('parks.new'), onClick: onCreate }}
    >
      <Select<ParkKind>
        aria-label={t('parks.filter.kind')}
        placeholder={t('parks.filter.kind')}
        allowClear
        value={filters.kind}
        onChange={(kind) => onChange({ ...filters, kind })}
        options={kindOptions(t)}
        style={{ width: 200 }}
      />
      <Select<ParkLevel>
        aria-label={t('parks.filter.level')}
        placeholder={t('parks.filter.level')}
        allowClear
        value={filters.level}
        onChange={(level) => onChange({ ...filters, level })}
        options={levelOptions(t)}
        style={{ width: 140 }}
      />
      <Select<string>
        aria-label={t('parks.filter.city')}
        placeholder={t('parks.filter.city')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filters.cityCode}
        onChange={(cityCode) => onChange({ ...filters, cityCode })}
        options={cities}
        style={{ width: 160 }}
      />
    </ListToolbar>
  );
}

import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkKind, ParkLevel } from '../../../../db/reference/parkKinds';
import { useLocaleState } from '../../app/localeContext';
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
    <Flex gap={12} wrap align="center" className="parks-toolbar">
      <Input
        data-testid="parks-search"
        aria-label={t('parks.search')}
        placeholder={t('parks.search')}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        value={filters.search}
        onChange={(event) => onChange({ ...filters, search: event.target.value })}
        style={{ width: 300 }}
      />
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
      <Button data-testid="parks-new" type="primary" icon={<PlusOutlined />} onClick={onCreate} style={{ marginLeft: 'auto' }}>
        {t('parks.new')}
      </Button>
    </Flex>
  );
}

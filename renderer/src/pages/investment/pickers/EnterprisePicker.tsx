import { Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { call } from '../../../api/client';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

export type EnterpriseSummary = MethodOutput<'enterprises.list'>['rows'][number];

interface Props {
  value?: string | null;
  onChange?(id: string | undefined): void;
  /** The full record of the chosen enterprise, so a form can fill in its country, industry and park. */
  onPick?(enterprise: EnterpriseSummary | undefined): void;
  /** Name shown for `value` before any search ran (editing a saved project). */
  initialLabel?: string;
  allowClear?: boolean;
  placeholder?: string;
  id?: string;
}

const PAGE = 30;

/** Enterprises found by the server's search (Chinese fragments work), a page at a time — never the whole table. */
export function EnterprisePicker({ value, onChange, onPick, initialLabel, allowClear, placeholder, id }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search, 250);
  const [found, setFound] = useState<EnterpriseSummary[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let current = true;
    setLoading(true);
    const query = settled.trim();
    call('enterprises.list', { ...(query ? { search: query } : {}), sortBy: 'name', sortDir: 'asc', limit: PAGE })
      .then(({ rows }) => current && setFound(rows))
      .catch((error: unknown) => console.error('[enterprises] picker search failed', error))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [settled]);

  const options = found.map((e) => ({ value: e.id, label: e.nameOriginal ? `${e.name} · ${e.nameOriginal}` : e.name }));
  if (value && initialLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: initialLabel });

  return (
    <Select<string>
      id={id}
      value={value ?? undefined}
      placeholder={placeholder ?? t('pick.enterprise')}
      allowClear={allowClear}
      options={options}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      notFoundContent={loading ? <Spin size="small" /> : t('common.noMatch')}
      onChange={(next) => {
        onChange?.(next);
        onPick?.(found.find((e) => e.id === next));
      }}
    />
  );
}

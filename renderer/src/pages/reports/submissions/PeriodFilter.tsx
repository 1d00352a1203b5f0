import { Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportPeriod } from '../../../../../electron/api/contract/reportSchemas';

/** A period of any form (2026-10, 2026-Q3, 2026) typed as text; applied once it is a valid period, cleared when empty. */
export function PeriodFilter({ value, onChange }: { value: string | undefined; onChange(period: string | undefined): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const valid = text === '' || reportPeriod.safeParse(text).success;
  return (
    <Input
      allowClear
      style={{ width: 200 }}
      placeholder={t('rp.list.periodPlaceholder')}
      aria-label={t('rp.pick.period')}
      value={text}
      status={valid ? undefined : 'error'}
      onChange={(e) => {
        const next = e.target.value.trim();
        setText(next);
        if (next === '') onChange(undefined);
        else if (reportPeriod.safeParse(next).success) onChange(next);
      }}
    />
  );
}

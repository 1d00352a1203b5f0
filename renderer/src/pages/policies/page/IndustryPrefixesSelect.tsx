import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { industryLabel } from '../../investment/industryOptions';
import { IndustryCascader } from '../../investment/pickers/IndustryCascader';

interface Props {
  value?: string[];
  onChange?(prefixes: string[]): void;
  id?: string;
}

/**
 * Several GB/T 4754 prefixes: pick a division or group in the cascader, add it, remove it with its tag's ×. A
 * section alone (C) is added as picked and the schema says it needs a division.
 */
export function IndustryPrefixesSelect({ value = [], onChange, id }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const [path, setPath] = useState<string[] | undefined>(undefined);
  const picked = path?.at(-1);
  const add = () => {
    if (picked && !value.includes(picked)) onChange?.([...value, picked]);
    setPath(undefined);
  };
  return (
    <div>
      {value.length > 0 && (
        <Space size={[4, 4]} wrap style={{ marginBottom: 6 }}>
          {value.map((prefix) => (
            <Tag key={prefix} closable onClose={() => onChange?.(value.filter((p) => p !== prefix))}>
              {industryLabel(prefix, locale)}
            </Tag>
          ))}
        </Space>
      )}
      <Space.Compact style={{ width: '100%' }}>
        <IndustryCascader id={id} value={path} onChange={setPath} style={{ width: '100%' }} aria-label={t('cond.industryPrefixes')} />
        <Button onClick={add} disabled={!picked} data-testid="clause-industry-add">
          {t('pol.clause.industryAdd')}
        </Button>
      </Space.Compact>
    </div>
  );
}

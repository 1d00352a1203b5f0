import { Cascader } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { industryCascaderOptions } from '../industryOptions';
import './industryCascader.css';

interface Props {
  value?: string[];
  onChange?(path: string[] | undefined): void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
  id?: string;
}

/** GB/T 4754 section → division → group; any level may be picked, the form or filter decides what it accepts. */
export function IndustryCascader({ onChange, ...props }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const options = useMemo(() => industryCascaderOptions(locale), [locale]);
  return (
    <Cascader
      placeholder={t('pick.industry')}
      notFoundContent={t('common.noMatch')}
      {...props}
      options={options}
      changeOnSelect
      // The path is long ("C 制造业 / 36 汽车制造业 / 367 …"); the chosen level alone says it, the menu shows the rest.
      displayRender={(labels) => labels.at(-1)}
      classNames={{ popup: { root: 'industry-cascader-popup' } }}
      showSearch
      onChange={(path) => onChange?.(path?.length ? path.map(String) : undefined)}
    />
  );
}

import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { countryOptions, matchesCountry, type Option } from '../../parks/referenceOptions';

/**
 * One country or region, named in the user's language, found by name or two-letter code ("德", "de"); with
 * mode="multiple" several (the value is then a list of codes).
 */
export function CountrySelect<V extends string | string[] = string>(
  props: Omit<SelectProps<V, Option>, 'options' | 'showSearch' | 'mode'> & { mode?: 'multiple' },
) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const options = useMemo(() => countryOptions(locale), [locale]);
  return (
    <Select<V, Option>
      placeholder={t('pick.country')}
      notFoundContent={t('common.noMatch')}
      {...props}
      options={options}
      showSearch={{ filterOption: matchesCountry }}
    />
  );
}

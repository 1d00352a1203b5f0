import { Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { countryOptions, matchesCountry, type Option } from '../../parks/referenceOptions';

/** One country or region, named in the user's language, found by name or two-letter code ("德", "de"). */
export function CountrySelect(props: Omit<SelectProps<string, Option>, 'options' | 'showSearch' | 'mode'>) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const options = useMemo(() => countryOptions(locale), [locale]);
  return (
    <Select<string, Option>
      placeholder={t('pick.country')}
      notFoundContent={t('common.noMatch')}
      {...props}
      options={options}
      showSearch={{ filterOption: matchesCountry }}
    />
  );
}

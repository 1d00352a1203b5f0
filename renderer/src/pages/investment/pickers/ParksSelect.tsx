import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { useParkDirectory } from '../../parks/useParkDirectory';

/** Several parks by name (a list filter; the dashboard links with every park it shows), searchable. */
export function ParksSelect(props: Omit<SelectProps<string[]>, 'options' | 'showSearch' | 'mode'>) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { entries } = useParkDirectory();
  const options = entries.map((park) => ({ value: park.id, label: locale === 'en' && park.nameEn ? park.nameEn : park.name }));
  return (
    <Select<string[]>
      placeholder={t('pick.park')}
      notFoundContent={t('common.noMatch')}
      maxTagCount="responsive"
      {...props}
      mode="multiple"
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

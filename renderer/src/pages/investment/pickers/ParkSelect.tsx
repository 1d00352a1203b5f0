import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { useParkDirectory } from '../../parks/useParkDirectory';

/** Every park by name (English name in English when there is one), searchable. */
export function ParkSelect(props: Omit<SelectProps<string>, 'options' | 'showSearch' | 'mode'>) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { entries } = useParkDirectory();
  const options = entries.map((park) => ({ value: park.id, label: locale === 'en' && park.nameEn ? park.nameEn : park.name }));
  return (
    <Select<string>
      placeholder={t('pick.park')}
      notFoundContent={t('common.noMatch')}
      {...props}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

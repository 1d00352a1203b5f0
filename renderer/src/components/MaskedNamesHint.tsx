import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { namesMasked, useDeskMode } from '../app/deskMode';

/**
 * Whether a list's names are to be masked (a projector over real data), and the tag that says so: a dashboard
 * link opened on a projector must not show the names the dashboard itself hid.
 */
export function useNamesMasked(): boolean {
  return namesMasked(useDeskMode());
}

export function MaskedNamesHint() {
  const { t } = useTranslation();
  if (!useNamesMasked()) return null;
  return (
    <Tag data-testid="masked-names-hint" color="gold">
      {t('dash.maskedHint')}
    </Tag>
  );
}

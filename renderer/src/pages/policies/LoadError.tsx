import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/errorText';

/** A failed read inside a tab or card, in the user's language, with a retry; nothing when `error` is null. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  if (error === null) return null;
  return <Alert type="error" showIcon title={errorText(error, t)} action={<Button onClick={onRetry}>{t('startup.retry')}</Button>} />;
}

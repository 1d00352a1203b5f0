import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../api/client';
import { errorText } from '../i18n/errorText';

/**
 * What a one-record page shows before it has its record: a spinner while loading (`error === null`),
 * "not found" when the server says the record is gone, otherwise the error; both with a way back to the list.
 */
export function RecordPageState({ error, onBack }: { error: unknown; onBack: () => void }) {
  const { t } = useTranslation();
  if (error === null) return <Spin size="large" style={{ display: 'block', margin: '80px auto' }} />;
  const gone = error instanceof ApiCallError && error.code === 'NOT_FOUND';
  return (
    <Result
      status={gone ? '404' : 'error'}
      title={gone ? t('common.notFound') : errorText(error, t)}
      extra={<Button onClick={onBack}>{t('common.backToList')}</Button>}
    />
  );
}

import { Alert, Card, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/errorText';

interface Props {
  title: string;
  testId: string;
  /** The data has arrived (a reload keeps the last good data on screen). */
  loaded: boolean;
  error: unknown;
  /** When set, the chart has nothing to show and this sentence says what to do next. */
  empty: string | null;
  extra?: ReactNode;
  children: ReactNode;
}

/** A dashboard tile: title, then the chart, or what is happening instead (loading, failed, nothing yet). */
export function ChartCard({ title, testId, loaded, error, empty, extra, children }: Props) {
  const { t } = useTranslation();
  let body: ReactNode = children;
  if (error) body = <Alert type="error" showIcon title={t('dash.loadFailed')} description={errorText(error, t)} />;
  else if (!loaded) body = <Spin />;
  else if (empty !== null) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span data-testid={`${testId}-empty`}>{empty}</span>} />;
  return (
    <Card title={title} extra={extra} data-testid={testId} className="dash-card" size="small">
      {body}
    </Card>
  );
}

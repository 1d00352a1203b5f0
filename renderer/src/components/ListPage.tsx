import { Alert, Button, Card, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { PageHeading } from './PageHeading';

interface Props {
  /** Already translated. */
  title: string;
  subtitle: string;
  toolbar: ReactNode;
  /** The last failure of the list query (`null` when it went well), shown above the table with a retry. */
  error: unknown;
  onRetry(): void;
  table: ReactNode;
  /** Drawers and modals of the page, outside the card. */
  children?: ReactNode;
}

/** The frame every list page shares: a title with its subtitle, then one card with the toolbar, a load error and the table. */
export function ListPage({ title, subtitle, toolbar, error, onRetry, table, children }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <PageHeading title={title} subtitle={subtitle} />
      <Card>
        <Flex vertical gap={16}>
          {toolbar}
          {error !== null && (
            <Alert type="error" showIcon title={errorText(error, t)} action={<Button onClick={onRetry}>{t('startup.retry')}</Button>} />
          )}
          {table}
        </Flex>
      </Card>
      {children}
    </Flex>
  );
}

import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { routeLabelKey, type RouteKey } from './routes';

/** For areas not built yet: says so in the user's language and offers the way back to what works. */
export function PlaceholderPage({ route, onGoParks }: { route: RouteKey; onGoParks(): void }) {
  const { t } = useTranslation();
  return (
    <Result
      icon={<ClockCircleOutlined />}
      title={t('placeholder.title', { area: t(routeLabelKey(route)) })}
      subTitle={t('placeholder.body')}
      extra={
        <Button type="primary" onClick={onGoParks}>
          {t('placeholder.goParks')}
        </Button>
      }
    />
  );
}

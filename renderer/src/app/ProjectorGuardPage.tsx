import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Stands in for a page that would show real names on a projector; leaving projector mode shows the page itself. */
export function ProjectorGuardPage({ onLeaveProjector }: { onLeaveProjector(): void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="projector-guard">
      <Result
        icon={<EyeInvisibleOutlined />}
        title={t('projectorGuard.title')}
        subTitle={t('projectorGuard.body')}
        extra={
          <Space>
            <Button onClick={() => window.history.back()}>{t('projectorGuard.back')}</Button>
            <Button type="primary" onClick={onLeaveProjector} data-testid="projector-guard-leave">
              {t('projectorGuard.leave')}
            </Button>
          </Space>
        }
      />
    </div>
  );
}

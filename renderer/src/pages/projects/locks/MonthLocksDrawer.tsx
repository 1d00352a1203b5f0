import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Empty, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocaleState } from '../../../app/localeContext';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';
import { useParkDirectory } from '../../parks/useParkDirectory';
import { LockMonthForm } from './LockMonthForm';
import { UnlockModal, type LockRef } from './UnlockModal';

/** Lock a park's reported month, see every locked month per park, unlock one with a reason. */
function MonthLocksPanel() {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const locks = useApiQuery('arrivals.locks', {});
  const directory = useParkDirectory();
  const [unlocking, setUnlocking] = useState<LockRef | null>(null);
  const parkName = (id: string) => {
    const park = directory.byId.get(id);
    return park ? (locale === 'en' && park.nameEn) || park.name : '';
  };

  const byPark = new Map<string, string[]>();
  for (const lock of locks.data ?? []) byPark.set(lock.parkId, [...(byPark.get(lock.parkId) ?? []), lock.period]);

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('locks.hint')}
      </Typography.Paragraph>
      <LockMonthForm parkName={parkName} onLocked={locks.reload} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('locks.list')}
      </Typography.Title>
      {locks.error !== null && <Alert type="error" showIcon title={errorText(locks.error, t)} />}
      {byPark.size === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('locks.none')} />
      ) : (
        <Descriptions column={1} bordered size="small" data-testid="locks-list">
          {[...byPark].map(([parkId, periods]) => (
            <Descriptions.Item key={parkId} label={parkName(parkId)}>
              <Flex wrap gap={6}>
                {periods.map((period) => (
                  // A button, not a closable tag: reachable with the keyboard, and it asks for the reason first.
                  <Tooltip key={period} title={t('locks.unlockAria', { period })}>
                    <Button
                      size="small"
                      icon={<LockOutlined />}
                      className="lock-chip"
                      aria-label={t('locks.unlockAria', { period })}
                      onClick={() => setUnlocking({ parkId, period, parkName: parkName(parkId) })}
                    >
                      {period}
                    </Button>
                  </Tooltip>
                ))}
              </Flex>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {unlocking && (
        <UnlockModal
          lock={unlocking}
          onClose={() => setUnlocking(null)}
          onUnlocked={() => {
            setUnlocking(null);
            locks.reload();
          }}
        />
      )}
    </Flex>
  );
}

export function MonthLocksDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={open} onClose={onClose} title={t('locks.title')} size={620} destroyOnHidden data-testid="month-locks">
      {open && <MonthLocksPanel />}
    </Drawer>
  );
}

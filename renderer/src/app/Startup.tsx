import { Button, Flex, Result, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { isLocale } from '../i18n/resources';
import { StoreBanners } from '../pages/backups/StoreBanners';
import { AppShell } from './AppShell';
import { FirstRunModal } from './FirstRunModal';
import { useLocaleState } from './localeContext';

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; initialized: boolean; operatorChosen: boolean; onNetworkDrive: boolean };

/** Reads the store's status once: the saved language, and whether to ask the first-run question. */
export function Startup() {
  const { t } = useTranslation();
  const { showLocale } = useLocaleState();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  // Bumped after the first-run choice so the pages load the data it just created.
  const [dataVersion, setDataVersion] = useState(0);

  const load = useCallback(async () => {
    setPhase({ kind: 'loading' });
    try {
      const status = await call('system.status', {});
      if (isLocale(status.locale)) showLocale(status.locale);
      setPhase({ kind: 'ready', initialized: status.initialized, operatorChosen: status.operatorName !== null, onNetworkDrive: status.storeOnNetworkDrive });
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  }, [showLocale]);

  useEffect(() => {
    void load();
  }, [load]);

  if (phase.kind === 'loading') {
    return (
      <Flex align="center" justify="center" style={{ height: '100vh' }}>
        <Spin size="large" description={t('startup.loading')} />
      </Flex>
    );
  }
  if (phase.kind === 'failed') {
    return (
      <Result
        status="warning"
        title={t('startup.failed')}
        subTitle={errorText(phase.error, t)}
        extra={
          <Button type="primary" onClick={() => void load()}>
            {t('startup.retry')}
          </Button>
        }
      />
    );
  }
  return (
    <>
      <StoreBanners onNetworkDrive={phase.onNetworkDrive} operatorMissing={phase.initialized && !phase.operatorChosen} />
      <AppShell dataVersion={dataVersion} />
      {!phase.initialized && (
        <FirstRunModal
          onDone={() => {
            setPhase({ ...phase, initialized: true, operatorChosen: true });
            setDataVersion((v) => v + 1);
          }}
        />
      )}
    </>
  );
}

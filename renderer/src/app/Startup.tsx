import { Button, Flex, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { isLocale } from '../i18n/resources';
import { StoreBanners } from '../pages/backups/StoreBanners';
import { AppShell } from './AppShell';
import { DeskModeContext, type DeskMode } from './deskMode';
import { FirstRunModal } from './FirstRunModal';
import { useLocaleState } from './localeContext';

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; initialized: boolean; operatorChosen: boolean; onNetworkDrive: boolean; demoMode: boolean; demoAvailable: boolean; canPrintToPdf: boolean };

type Status = Awaited<ReturnType<typeof call<'system.status'>>>;

function readyPhase(status: Status): Phase {
  return {
    kind: 'ready',
    initialized: status.initialized,
    operatorChosen: status.operatorName !== null,
    onNetworkDrive: status.storeOnNetworkDrive,
    demoMode: status.demoMode,
    demoAvailable: status.demoAvailable,
    canPrintToPdf: status.canPrintToPdf,
  };
}

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
      setPhase(readyPhase(status));
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  }, [showLocale]);

  useEffect(() => {
    void load();
  }, [load]);

  const [projector, setProjector] = useState(false);
  // After a store switch or reset every page reloads its data from the store now in use.
  const afterSwitch = useCallback(async () => {
    setPhase(readyPhase(await call('system.status', {})));
    setDataVersion((v) => v + 1);
  }, []);
  const deskMode = useMemo<DeskMode>(
    () => ({
      demoMode: phase.kind === 'ready' && phase.demoMode,
      demoAvailable: phase.kind === 'ready' && phase.demoAvailable,
      canPrintToPdf: phase.kind === 'ready' && phase.canPrintToPdf,
      projector,
      setProjector,
      setDemoMode: async (on) => {
        await call(on ? 'demo.enter' : 'demo.exit', {});
        await afterSwitch();
      },
      resetDemo: async () => {
        await call('demo.reset', {});
        await afterSwitch();
      },
    }),
    [phase, projector, afterSwitch],
  );

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
    <DeskModeContext.Provider value={deskMode}>
      {/* The operator-name reminder is for the desk's user, not for the audience of a projector. */}
      <StoreBanners onNetworkDrive={phase.onNetworkDrive} operatorMissing={phase.initialized && !phase.operatorChosen && !phase.demoMode && !deskMode.projector} />
      <AppShell dataVersion={dataVersion} />
      {!phase.initialized && (
        <FirstRunModal
          onDone={() => {
            setPhase({ ...phase, initialized: true, operatorChosen: true });
            setDataVersion((v) => v + 1);
          }}
        />
      )}
    </DeskModeContext.Provider>
  );
}

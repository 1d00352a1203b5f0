import { ExperimentOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { useDeskMode } from './deskMode';

/** The 演示模式 ribbon: always visible while the demo store is open, with reset (confirmed) and leave. */
export function DemoRibbon() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mode = useDeskMode();
  const [busy, setBusy] = useState(false);
  if (!mode.demoMode) return null;

  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await work();
      void message.success(done);
    } catch (error) {
      void message.error(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex className="demo-ribbon" data-testid="demo-ribbon" align="center" justify="center" gap={16} role="status">
      <ExperimentOutlined aria-hidden />
      <strong>{t('demo.ribbon')}</strong>
      <Popconfirm
        title={t('demo.resetConfirm')}
        description={<div style={{ maxWidth: 320 }}>{t('demo.resetHint')}</div>}
        okText={t('demo.reset')}
        cancelText={t('ind.cancel')}
        okButtonProps={{ 'data-testid': 'demo-reset-confirm' }}
        onConfirm={() => run(mode.resetDemo, t('demo.resetDone'))}
      >
        <Button size="small" data-testid="demo-reset" loading={busy}>
          {t('demo.reset')}
        </Button>
      </Popconfirm>
      <Button size="small" type="text" data-testid="demo-exit" disabled={busy} onClick={() => void run(() => mode.setDemoMode(false), t('demo.exited'))}>
        {t('demo.exit')}
      </Button>
    </Flex>
  );
}

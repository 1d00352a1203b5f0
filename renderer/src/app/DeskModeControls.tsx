import { FullscreenOutlined } from '@ant-design/icons';
import { App, Button, Flex, Switch, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText';
import { useDeskMode } from './deskMode';

/** In the header: the demo-mode switch (where the host can switch stores) and the projector layout. */
export function DeskModeControls() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mode = useDeskMode();
  const [switching, setSwitching] = useState(false);

  const switchDemo = async (on: boolean) => {
    setSwitching(true);
    try {
      await mode.setDemoMode(on);
      void message.success(t(on ? 'demo.entered' : 'demo.exited'));
    } catch (error) {
      void message.error(errorText(error, t));
    } finally {
      setSwitching(false);
    }
  };

  return (
    <Flex align="center" gap={12}>
      {mode.demoAvailable && (
        <label className="desk-demo-switch">
          <Switch data-testid="demo-switch" checked={mode.demoMode} loading={switching} onChange={(on) => void switchDemo(on)} />
          <span>{t('demo.switch')}</span>
        </label>
      )}
      <Tooltip title={t('dash.projector')}>
        <Button data-testid="projector-on" icon={<FullscreenOutlined />} onClick={() => mode.setProjector(true)}>
          {t('dash.projector')}
        </Button>
      </Tooltip>
    </Flex>
  );
}

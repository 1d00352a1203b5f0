import { FullscreenExitOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Layout, Menu, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscapeToLeave } from '../hooks/useEscapeToLeave';
import { useHashRoute } from '../hooks/useHashRoute';
import { DemoRibbon } from './DemoRibbon';
import { DeskModeControls } from './DeskModeControls';
import { namesMasked, useDeskMode } from './deskMode';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { ROUTE_ICONS } from './navigationItems';
import { PageSwitch } from './PageSwitch';
import { shownWhileMasked } from './projectorGuard';
import { ProjectorGuardPage } from './ProjectorGuardPage';
import { goTo, ROUTES, routeLabelKey } from './routes';
import './AppShell.css';

/** Header with the app's name and language, navigation on the left, the current page on the right. */
export function AppShell({ dataVersion }: { dataVersion: number }) {
  const { t } = useTranslation();
  const location = useHashRoute();
  const { route } = location;
  const mode = useDeskMode();
  const { projector, setProjector } = mode;
  const leaveProjector = useCallback(() => setProjector(false), [setProjector]);
  useEscapeToLeave(projector, leaveProjector);

  // Projector mode: no header or menu, larger type everywhere (antd tokens and the page's own CSS).
  return (
    <ConfigProvider theme={projector ? { token: { fontSize: 18, fontSizeHeading3: 30 } } : {}}>
    <Layout className={projector ? 'shell shell-projector' : 'shell'}>
      <DemoRibbon />
      {projector && (
        <Button className="projector-exit no-print" data-testid="projector-off" icon={<FullscreenExitOutlined />} onClick={leaveProjector}>
          {t('dash.projectorExit')}
        </Button>
      )}
      <Layout.Header className="shell-header">
        <div className="shell-brand">
          <span className="shell-logo" aria-hidden>
            园
          </span>
          <Typography.Text strong className="shell-name">
            {t('app.name')}
          </Typography.Text>
          <Typography.Text type="secondary" className="shell-name-secondary">
            {t('app.nameSecondary')}
          </Typography.Text>
          <Typography.Text type="secondary" className="shell-tagline">
            {t('app.tagline')}
          </Typography.Text>
        </div>
        <div className="shell-header-tools">
          <DeskModeControls />
          <LanguageSwitch />
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} breakpoint="lg" collapsedWidth={64} className="shell-sider">
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={[route]}
              onClick={({ key }) => goTo(ROUTES.find((r) => r === key) ?? 'parks')}
              items={ROUTES.map((r) => ({
                key: r,
                icon: ROUTE_ICONS[r],
                label: <span data-testid={`nav-${r}`}>{t(routeLabelKey(r))}</span>,
              }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="shell-content">
          {/* Keyed by page and record: leaving a page that crashed gives the next one a fresh start. */}
          <ErrorBoundary key={`${route}/${location.id ?? ''}`}>
            {namesMasked(mode) && !shownWhileMasked(location) ? (
              <ProjectorGuardPage onLeaveProjector={leaveProjector} />
            ) : (
              <PageSwitch key={`${dataVersion}:${JSON.stringify(location)}`} location={location} />
            )}
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
    </ConfigProvider>
  );
}

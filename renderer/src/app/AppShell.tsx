import { Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHashRoute } from '../hooks/useHashRoute';
import { ParksPage } from '../pages/parks/ParksPage';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { ROUTE_ICONS } from './navigationItems';
import { PlaceholderPage } from './PlaceholderPage';
import { ROUTES, routeLabelKey } from './routes';
import './AppShell.css';

/** Header with the app's name and language, navigation on the left, the current page on the right. */
export function AppShell({ dataVersion }: { dataVersion: number }) {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();

  return (
    <Layout className="shell">
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
        <LanguageSwitch />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} breakpoint="lg" collapsedWidth={64} className="shell-sider">
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={[route]}
              onClick={({ key }) => navigate(ROUTES.find((r) => r === key) ?? 'parks')}
              items={ROUTES.map((r) => ({ key: r, icon: ROUTE_ICONS[r], label: t(routeLabelKey(r)) }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="shell-content">
          {/* Keyed by page: leaving a page that crashed gives the next one a fresh start. */}
          <ErrorBoundary key={route}>
            {route === 'parks' ? (
              <ParksPage key={dataVersion} />
            ) : (
              <PlaceholderPage route={route} onGoParks={() => navigate('parks')} />
            )}
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

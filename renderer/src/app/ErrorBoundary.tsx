import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function CrashNotice() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('boundary.title')}
      subTitle={t('boundary.body')}
      extra={
        <Button type="primary" autoFocus onClick={() => window.location.reload()}>
          {t('boundary.reload')}
        </Button>
      }
    />
  );
}

interface State {
  failed: boolean;
}

/** A render error anywhere below shows a translated notice with a reload button — never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[renderer] unexpected render error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}

import { DatabaseOutlined, FileAddOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Input, Modal, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { errorText } from '../i18n/errorText';
import { LanguageSwitch } from './LanguageSwitch';
import { lengthLimit } from '../components/lengthLimit';

type Choice = 'empty' | 'demo';

/** Asked once per store: an empty start for real work, or the demo parks for training and demos. */
export function FirstRunModal({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [pending, setPending] = useState<Choice | null>(null);
  // The audit trail's operator, suggested from the computer account and kept in the settings.
  const [operator, setOperator] = useState('');

  useEffect(() => {
    call('operator.get', {})
      .then((op) => setOperator((typed) => typed || op.name))
      .catch(() => {});
  }, []);

  const start = async (choice: Choice) => {
    if (pending) return;
    setPending(choice);
    try {
      if (operator.trim()) await call('operator.set', { name: operator });
      const { added } = await call('system.initialize', { withDemoData: choice === 'demo' });
      message.success(choice === 'demo' ? t('firstRun.demoDone', { count: added }) : t('firstRun.emptyDone'));
      onDone();
    } catch (error) {
      message.error(errorText(error, t));
      setPending(null);
    }
  };

  const option = (choice: Choice, icon: ReactNode, primary: boolean) => (
    <Button
      data-testid={`first-run-${choice}`}
      type={primary ? 'primary' : 'default'}
      size="large"
      icon={icon}
      loading={pending === choice}
      disabled={pending !== null && pending !== choice}
      onClick={() => void start(choice)}
      className="first-run-option"
    >
      <span className="first-run-option-text">
        <strong>{t(choice === 'demo' ? 'firstRun.demo' : 'firstRun.empty')}</strong>
        <span>{t(choice === 'demo' ? 'firstRun.demoDesc' : 'firstRun.emptyDesc')}</span>
      </span>
    </Button>
  );

  return (
    <Modal
      open
      title={
        // The header's switch is behind the mask; an English-speaking audience should not have to wait.
        <Flex justify="space-between" align="center" gap={16}>
          {t('firstRun.title')}
          <LanguageSwitch testId="first-run-lang" />
        </Flex>
      }
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={null}
      width={600}
    >
      <Typography.Paragraph>{t('firstRun.body')}</Typography.Paragraph>
      <Typography.Paragraph>
        <label>
          {t('firstRun.operator')}
          <Input value={operator} count={lengthLimit(40)} onChange={(e) => setOperator(e.target.value)} data-testid="first-run-operator" style={{ marginTop: 4 }} />
        </label>
      </Typography.Paragraph>
      <Flex vertical gap={12}>
        {option('demo', <DatabaseOutlined />, true)}
        {option('empty', <FileAddOutlined />, false)}
      </Flex>
    </Modal>
  );
}

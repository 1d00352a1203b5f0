import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Segmented, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { goTo } from '../../../app/routes';
import { PrintButton } from '../../../components/PrintButton';
import { errorText } from '../../../i18n/errorText';
import { useApiQuery } from '../../investment/useApiQuery';
import { PrintTable, type PrintLanguage } from './PrintTable';
import './print.css';

function isLanguage(value: string | undefined): value is PrintLanguage {
  return value === 'zh' || value === 'en' || value === 'both';
}

/** The investor's copy as a page to print on A4; the language is in the address so a reload keeps it. */
export function PrintPage({ id, language }: { id: string; language: string | undefined }) {
  const { t } = useTranslation();
  const lang: PrintLanguage = isLanguage(language) ? language : 'both';
  const query = useApiQuery('checklists.get', { id });
  if (query.error) return <Alert type="error" showIcon title={errorText(query.error, t)} />;
  if (!query.data) return <Spin />;
  return (
    <div className="cl-print-root" data-testid="checklist-print-page">
      <Flex gap={12} wrap align="center" className="cl-no-print" style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => goTo('checklists', id)}>
          {t('cl.print.back')}
        </Button>
        <span>{t('cl.print.language')}</span>
        <Segmented<PrintLanguage>
          value={lang}
          onChange={(next) => goTo('checklists', id, { print: next })}
          options={(['zh', 'en', 'both'] as const).map((value) => ({ value, label: t(`cl.export.${value}`) }))}
        />
        <PrintButton title={`${query.data.enterpriseName} · ${query.data.checklist.title}`} landscape testId="checklist-print-button" />
      </Flex>
      <PrintTable detail={query.data} language={lang} />
    </div>
  );
}

import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hashOf } from '../../../app/routes';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { downloadBlob } from '../../workflows/downloadBlob';
import { base64Blob } from '../base64Files';

const LANGUAGES = ['zh', 'en', 'both'] as const;

/** The investor's copy: .xlsx in Chinese, English or both side by side, and the printable page. */
export function ExportButtons({ checklistId }: { checklistId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const exportAs = async (language: (typeof LANGUAGES)[number]) => {
    setBusy(language);
    try {
      const file = await call('checklists.export', { id: checklistId, language });
      downloadBlob(base64Blob(file.base64, file.mime), file.fileName);
      message.success(t('cl.exported', { name: file.fileName }));
    } catch (error) {
      message.error(errorText(error, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space wrap>
      <span>{t('cl.page.export')}</span>
      {LANGUAGES.map((language) => (
        <Button key={language} icon={<FileExcelOutlined />} loading={busy === language} onClick={() => void exportAs(language)} data-testid={`checklist-export-${language}`}>
          {t(`cl.export.${language}`)}
        </Button>
      ))}
      <Button icon={<PrinterOutlined />} href={hashOf('checklists', checklistId, { print: 'both' })} data-testid="checklist-print">
        {t('cl.print')}
      </Button>
    </Space>
  );
}

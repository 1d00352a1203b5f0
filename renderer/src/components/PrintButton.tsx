import { PrinterOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useDeskMode } from '../app/deskMode';
import { errorText } from '../i18n/errorText';
import { downloadBlob } from '../pages/workflows/downloadBlob';
import { setPrintPageStyle } from './printPageStyle';

interface Props {
  /** Printed in the page header and used for the PDF's file name. */
  title: string;
  landscape?: boolean;
  testId?: string;
}

function base64ToBlob(base64: string, mimeType: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: mimeType });
}

/**
 * Print / PDF of the current page: the desktop app renders an A4 PDF itself (header with title and date, page
 * numbers) and saves it; in browser mode the browser's print dialog does it with the print stylesheet.
 */
export function PrintButton({ title, landscape = false, testId = 'print-button' }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { canPrintToPdf } = useDeskMode();
  const [busy, setBusy] = useState(false);

  const print = async () => {
    const dateText = new Date().toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { year: 'numeric', month: 'long', day: 'numeric' });
    if (!canPrintToPdf) {
      setPrintPageStyle(title, dateText, landscape);
      window.print();
      return;
    }
    setBusy(true);
    try {
      const pdf = await call('print.toPdf', { title, dateText, landscape, fileName: `${title}-${new Date().toISOString().slice(0, 10)}` });
      downloadBlob(base64ToBlob(pdf.base64, pdf.mimeType), pdf.fileName);
      void message.success(t('print.saved', { name: pdf.fileName }));
    } catch (error) {
      void message.error(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button className="no-print" type="primary" data-testid={testId} icon={<PrinterOutlined />} loading={busy} onClick={() => void print()}>
      {t('print.button')}
    </Button>
  );
}

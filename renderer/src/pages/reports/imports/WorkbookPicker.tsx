import { InboxOutlined } from '@ant-design/icons';
import { Alert, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkWorkbookFile, MAX_IMPORT_FILE_BYTES, readWorkbook, sizeText, type PickedWorkbook } from '../shared/xlsxFile';

interface Props {
  /** Several files at once (province side) or one. */
  multiple?: boolean;
  disabled?: boolean;
  onPicked(files: PickedWorkbook[]): void;
  testId: string;
}

/**
 * Chooses .xlsx workbooks and reads them as base64 in the browser; nothing is uploaded by antd itself. A file that is
 * not an .xlsx (by name or by its first bytes: a renamed .xls, a CSV) is refused here with a message saying what to do.
 */
export function WorkbookPicker({ multiple = false, disabled = false, onPicked, testId }: Props) {
  const { t } = useTranslation();
  const [refusals, setRefusals] = useState<string[]>([]);

  /** All files of one choice, in order; refused ones are named, the rest handed on together. */
  const take = async (files: File[]) => {
    const picked: PickedWorkbook[] = [];
    const refused: string[] = [];
    for (const file of files) {
      const refusal = await checkWorkbookFile(file, MAX_IMPORT_FILE_BYTES);
      if (refusal) refused.push(t(`rp.file.${refusal}`, { name: file.name, size: sizeText(file.size), max: sizeText(MAX_IMPORT_FILE_BYTES) }));
      else picked.push(await readWorkbook(file));
    }
    setRefusals(refused);
    if (picked.length) onPicked(picked);
  };

  return (
    <div data-testid={testId}>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={multiple}
        disabled={disabled}
        showUploadList={false}
        beforeUpload={(file, all) => {
          if (file === all[0]) void take(all);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t(multiple ? 'rp.file.pickMany' : 'rp.file.pick')}</p>
        <p className="ant-upload-hint">{t('rp.file.hint', { max: sizeText(MAX_IMPORT_FILE_BYTES) })}</p>
      </Upload.Dragger>
      {refusals.map((text) => (
        <Alert key={text} type="error" showIcon title={text} data-testid={`${testId}-refused`} />
      ))}
    </div>
  );
}

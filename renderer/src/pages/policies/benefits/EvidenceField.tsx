import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fileToBase64 } from '../../checklists/base64Files';

export interface Evidence {
  name: string;
  base64: string;
}

/** One optional file, read as base64 in the browser; the server checks its size and stores it content-addressed. */
export function EvidenceField({ id, value, onChange }: { id?: string; value?: Evidence | null; onChange?(next: Evidence | null): void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Space id={id}>
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void fileToBase64(file).then((base64) => onChange?.({ name: file.name, base64 }));
        }}
      />
      <Button icon={<UploadOutlined />} onClick={() => input.current?.click()}>
        {t('ben.evidencePick')}
      </Button>
      {value && (
        <>
          <PaperClipOutlined /> {value.name}
          <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('ben.delete')} onClick={() => onChange?.(null)} />
        </>
      )}
    </Space>
  );
}

import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorText } from '../../../i18n/errorText';
import { downloadBlob } from '../../workflows/downloadBlob';
import { base64Blob, fileToBase64 } from '../base64Files';
import { humanSize } from '../checklistLabels';
import type { ChecklistItem } from '../checklistTypes';

interface Props {
  item: ChecklistItem;
  maxBytes: number | null;
  busy: boolean;
  run(action: () => Promise<unknown>): Promise<boolean>;
  fail(text: string): void;
}

/**
 * Attachments of one item: upload reads the file in the browser and sends it as base64; a file over the configured
 * limit or an empty one is stopped here with the server's own words, before a large upload is wasted.
 */
export function ItemAttachments({ item, maxBytes, busy, run, fail }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    if (file.size === 0) return fail(t('errors.checklist.attachment.empty'));
    if (maxBytes !== null && file.size > maxBytes) return fail(t('errors.checklist.attachment.tooLarge', { size: humanSize(file.size), max: humanSize(maxBytes) }));
    const base64 = await fileToBase64(file);
    const mime = /^[\w.+-]+\/[\w.+-]+$/.test(file.type) ? file.type : 'application/octet-stream';
    if (await run(() => call('checklistItems.addAttachment', { itemId: item.id, name: file.name, mime, base64 }))) message.success(t('cl.att.uploaded', { name: file.name }));
  };

  const download = async (id: string) => {
    try {
      const file = await call('checklistItems.readAttachment', { id });
      downloadBlob(base64Blob(file.base64, file.mime), file.name);
    } catch (error) {
      fail(errorText(error, t));
    }
  };

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      {item.attachments.map((a) => (
        <Space key={a.id} size={4} data-testid={`item-attachment-${item.itemKey}`}>
          <PaperClipOutlined />
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void download(a.id)}>
            {a.name}
          </Button>
          <Typography.Text type="secondary">{humanSize(a.size)}</Typography.Text>
          <Popconfirm title={t('cl.att.removeConfirm', { name: a.name })} onConfirm={() => run(() => call('checklistItems.removeAttachment', { id: a.id }))}>
            <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('cl.att.remove')} />
          </Popconfirm>
        </Space>
      ))}
      <Space size={8} wrap>
        <input
          ref={input}
          type="file"
          className="cl-file-input"
          data-testid={`item-attach-${item.itemKey}`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void upload(file);
          }}
        />
        <Button size="small" icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
          {t('cl.att.upload')}
        </Button>
        {maxBytes !== null && <Typography.Text type="secondary">{t('cl.att.limit', { max: humanSize(maxBytes) })}</Typography.Text>}
      </Space>
    </Space>
  );
}

import { FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { ApiCallError, call } from '../../../api/client';
import { errorText, fieldIssueText } from '../../../i18n/errorText';
import { ProposalForm } from './ProposalForm';

export type Proposal = MethodOutput<'policies.parseText'>;

/** Reads a chosen file as UTF-8 text; a GBK file comes out garbled, which the hint next to the button explains. */
function readUtf8(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'UTF-8');
  });
}

/** 导入: paste or open the text, let the server propose the record, correct it, save. Nothing is written before Save. */
export function ImportTab() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [parsing, setParsing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const parse = async () => {
    setProblem(null);
    setParsing(true);
    try {
      setProposal(await call('policies.parseText', { text }));
    } catch (error) {
      setProposal(null);
      const issue = error instanceof ApiCallError ? error.fieldIssues[0] : undefined;
      setProblem(issue ? fieldIssueText(issue, t) : errorText(error, t));
    } finally {
      setParsing(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card title={t('imp.paste')}>
        <Form layout="vertical">
          <Form.Item validateStatus={problem ? 'error' : undefined} help={problem ?? undefined}>
            <Input.TextArea
              data-testid="policy-import-text"
              aria-label={t('imp.paste')}
              placeholder={t('imp.pastePlaceholder')}
              rows={12}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Form.Item>
        </Form>
        <Flex gap={12} align="center" wrap>
          <Button type="primary" loading={parsing} disabled={!text.trim()} onClick={() => void parse()} data-testid="policy-import-parse">
            {t('imp.parse')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,text/plain"
            style={{ display: 'none' }}
            data-testid="policy-import-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readUtf8(file).then(setText);
            }}
          />
          <Button icon={<FolderOpenOutlined />} onClick={() => fileInput.current?.click()}>
            {t('imp.open')}
          </Button>
          <Typography.Text type="secondary" style={{ flex: 1, minWidth: 280 }}>
            {t('imp.gbkHint')}
          </Typography.Text>
        </Flex>
      </Card>
      {proposal && (
        <Card title={t('imp.proposal')}>
          {proposal.clauses.length > 0 && <Alert type="info" showIcon title={t('imp.clauses', { count: proposal.clauses.length })} style={{ marginBottom: 16 }} />}
          <ProposalForm key={proposal.fullText.length + proposal.title} proposal={proposal} />
        </Card>
      )}
    </Flex>
  );
}

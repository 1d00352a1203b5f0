import { Card, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyLinkKind } from '../../../../../db/reference/policies';
import { call } from '../../../api/client';
import { linkLabel } from '../policyLabels';
import type { Proposal } from './ImportTab';

export interface RepealedLink {
  title: string;
  docNumber: string | null;
  kind: PolicyLinkKind;
  /** The library's record of that document, when it is there; only those can be linked. */
  policyId: string | null;
}

/** Looks each repealed document up in the library by its 文号 (exact) or else its title (exact). */
export function useRepealedLinks(found: Proposal['supersedes']): RepealedLink[] {
  const [links, setLinks] = useState<RepealedLink[]>(found.map((d) => ({ ...d, policyId: null })));
  useEffect(() => {
    let current = true;
    void Promise.all(
      found.map(async (doc) => {
        const { rows } = await call('policies.list', { search: doc.docNumber ?? doc.title, limit: 20 });
        const hit = rows.find((r) => (doc.docNumber ? r.docNumber === doc.docNumber : r.title === doc.title));
        return { ...doc, policyId: hit?.id ?? null };
      }),
    ).then((next) => current && setLinks(next), (error: unknown) => console.error('[policies] repeal lookup failed', error));
    return () => {
      current = false;
    };
  }, [found]);
  return links;
}

export function RepealedDocuments({ links }: { links: readonly RepealedLink[] }) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <Card size="small" title={t('imp.repealed')} style={{ marginBottom: 16 }}>
      <List
        size="small"
        dataSource={[...links]}
        renderItem={(link) => (
          <List.Item>
            <Space wrap>
              <Tag color="red">{linkLabel(link.kind, t)}</Tag>
              <Typography.Text>{link.title}</Typography.Text>
              {link.docNumber && <Typography.Text type="secondary">{link.docNumber}</Typography.Text>}
              <Tag color={link.policyId ? 'green' : 'default'}>{t(link.policyId ? 'imp.repealedLinked' : 'imp.repealedMissing')}</Tag>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

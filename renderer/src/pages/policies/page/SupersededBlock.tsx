import { Alert, Card, Flex, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { hashOf } from '../../../app/routes';
import { PolicyStatusTag } from '../PolicyTags';
import { linkLabel } from '../policyLabels';

type Link = MethodOutput<'policies.get'>['supersedes'][number];

function LinkList({ links }: { links: readonly Link[] }) {
  return (
    <List
      size="small"
      dataSource={[...links]}
      renderItem={(link) => (
        <List.Item>
          <Space wrap>
            <a href={hashOf('policies', link.policyId)}>{link.title}</a>
            {link.docNumber && <Typography.Text type="secondary">{link.docNumber}</Typography.Text>}
            <PolicyStatusTag status={link.status} />
          </Space>
        </List.Item>
      )}
    />
  );
}

/**
 * What replaced this policy, shown as a warning at the top (staff must not apply a repealed text), and what this
 * policy itself repealed or amended, with links both ways.
 */
export function SupersededBlock({ supersedes, supersededBy }: { supersedes: readonly Link[]; supersededBy: readonly Link[] }) {
  const { t } = useTranslation();
  if (supersedes.length === 0 && supersededBy.length === 0) return null;
  const kindOf = (links: readonly Link[]) => [...new Set(links.map((l) => linkLabel(l.kind, t)))].join(' / ');
  return (
    <Flex vertical gap={12} data-testid="policy-superseded">
      {supersededBy.length > 0 && (
        <Alert type="warning" showIcon title={t('pol.supersededBy', { kind: kindOf(supersededBy) })} description={<LinkList links={supersededBy} />} />
      )}
      {supersedes.length > 0 && (
        <Card size="small" title={t('pol.supersedes', { kind: kindOf(supersedes) })}>
          <LinkList links={supersedes} />
        </Card>
      )}
    </Flex>
  );
}

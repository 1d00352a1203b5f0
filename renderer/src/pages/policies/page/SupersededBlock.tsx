import { App as AntApp, Alert, Button, Card, Flex, List, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/index';
import { call } from '../../../api/client';
import { hashOf } from '../../../app/routes';
import { errorText } from '../../../i18n/errorText';
import { PolicyStatusTag } from '../PolicyTags';
import { linkLabel } from '../policyLabels';
import { LinkPolicyControl } from './LinkPolicyControl';

type Link = MethodOutput<'policies.get'>['supersedes'][number];

function LinkList({ links, onUnlink }: { links: readonly Link[]; onUnlink(link: Link): void }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={[...links]}
      renderItem={(link) => (
        <List.Item
          actions={[
            <Popconfirm key="unlink" title={t('pol.link.remove')} onConfirm={() => onUnlink(link)}>
              <Button type="link" size="small">
                {t('pol.link.remove')}
              </Button>
            </Popconfirm>,
          ]}
        >
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

interface Props {
  policyId: string;
  supersedes: readonly Link[];
  supersededBy: readonly Link[];
  onChanged(): void;
}

/**
 * What replaced this policy, shown as a warning at the top (staff must not apply a repealed text), and what this
 * policy itself repealed or amended, with links both ways and a way to add one the import did not find.
 */
export function SupersededBlock({ policyId, supersedes, supersededBy, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const kindOf = (links: readonly Link[]) => [...new Set(links.map((l) => linkLabel(l.kind, t)))].join(' / ');
  const unlink = (link: Link) => call('policies.unlink', { id: link.linkId }).then(onChanged, (error: unknown) => message.error(errorText(error, t)));
  return (
    <Flex vertical gap={12} data-testid="policy-superseded">
      {supersededBy.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('pol.supersededBy', { kind: kindOf(supersededBy) })}
          description={<LinkList links={supersededBy} onUnlink={unlink} />}
        />
      )}
      <Card size="small" title={supersedes.length > 0 ? t('pol.supersedes', { kind: kindOf(supersedes) }) : undefined}>
        {supersedes.length > 0 && <LinkList links={supersedes} onUnlink={unlink} />}
        <LinkPolicyControl policyId={policyId} onLinked={onChanged} />
      </Card>
    </Flex>
  );
}

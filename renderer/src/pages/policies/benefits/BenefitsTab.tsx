import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnterprisePicker, type EnterpriseSummary } from '../../investment/pickers/EnterprisePicker';
import { useApiQuery } from '../../investment/useApiQuery';
import { ApplicablePolicies } from '../applicable/ApplicablePolicies';
import { LoadError } from '../LoadError';
import { BenefitFormModal, type BenefitPreset } from './BenefitFormModal';
import { BenefitsTable } from './BenefitsTable';

/**
 * 政策兑现 from the enterprise's side: pick one (or arrive from the enterprises list with `?enterprise=`), see what it
 * was granted and which clauses still apply to it.
 */
export function BenefitsTab({ initialEnterpriseId }: { initialEnterpriseId: string | null }) {
  const { t } = useTranslation();
  const [enterpriseId, setEnterpriseId] = useState<string | null>(initialEnterpriseId);
  const [granting, setGranting] = useState<BenefitPreset | null>(null);
  const [version, setVersion] = useState(0);
  const [picked, setPicked] = useState<EnterpriseSummary | undefined>(undefined);
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center" wrap>
        <div className="pol-picker" data-testid="benefits-enterprise">
          <EnterprisePicker value={enterpriseId} onChange={(id) => setEnterpriseId(id ?? null)} onPick={setPicked} placeholder={t('pick.enterprise')} />
        </div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setGranting({ enterpriseId: enterpriseId ?? undefined, enterpriseName: picked?.name })} data-testid="benefit-new">
          {t('ben.new')}
        </Button>
      </Flex>
      {enterpriseId ? (
        <EnterpriseBenefits key={`${enterpriseId}:${version}`} enterpriseId={enterpriseId} onGrant={(preset) => setGranting(preset)} />
      ) : (
        <Typography.Text type="secondary">{t('ben.pickEnterprise')}</Typography.Text>
      )}
      {granting && (
        <BenefitFormModal
          preset={granting}
          onClose={() => setGranting(null)}
          onSaved={() => {
            setGranting(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Flex>
  );
}

function EnterpriseBenefits({ enterpriseId, onGrant }: { enterpriseId: string; onGrant(preset: BenefitPreset): void }) {
  const { t } = useTranslation();
  const benefits = useApiQuery('benefits.ofEnterprise', { id: enterpriseId });
  const name = benefits.data?.rows[0]?.enterpriseName;
  return (
    <>
      <Card title={name ? t('ben.ofEnterprise', { name }) : t('pol.tab.benefits')}>
        <LoadError error={benefits.error} onRetry={benefits.reload} />
        {benefits.data && (
          <BenefitsTable
            rows={benefits.data.rows}
            show="policy"
            totalYuan={benefits.data.totalYuan}
            totalWan={benefits.data.totalWan}
            emptyText={t('ben.empty')}
            onChanged={benefits.reload}
          />
        )}
      </Card>
      <ApplicablePolicies enterpriseId={enterpriseId} onGrant={(policyId, clauseId) => onGrant({ enterpriseId, enterpriseName: name, policyId, clauseId })} />
    </>
  );
}

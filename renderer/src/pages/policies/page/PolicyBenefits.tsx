import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BenefitRow } from '../benefits/benefitColumns';
import { BenefitsTable } from '../benefits/BenefitsTable';

interface Props {
  benefits: readonly BenefitRow[];
  totalYuan: string;
  totalWan: string;
  onNew(): void;
  onChanged(): void;
}

/** 政策兑现 under this policy: who got what under which clause, with the total. */
export function PolicyBenefits({ benefits, totalYuan, totalWan, onNew, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('pol.benefits', { count: benefits.length, yuan: totalYuan })}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={onNew} data-testid="benefit-new">
          {t('ben.new')}
        </Button>
      }
    >
      <BenefitsTable rows={benefits} show="enterprise" totalYuan={totalYuan} totalWan={totalWan} emptyText={t('pol.benefits.empty')} onChanged={onChanged} />
    </Card>
  );
}

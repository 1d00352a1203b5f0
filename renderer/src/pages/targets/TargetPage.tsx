import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink';
import { RecordPageState } from '../../components/RecordPageState';
import { useLocaleState } from '../../app/localeContext';
import { goTo, hashOf } from '../../app/routes';
import { AuditHistory } from '../investment/AuditHistory';
import { FollowUpModal } from '../investment/FollowUpModal';
import { FollowUpsAndHistory } from '../investment/FollowUpsAndHistory';
import { useApiQuery } from '../investment/useApiQuery';
import { useParkDirectory } from '../parks/useParkDirectory';
import { ConvertModal } from './ConvertModal';
import { targetFieldLabel, targetFieldValue } from './targetAuditLabels';
import { TargetFormDrawer } from './TargetFormDrawer';
import { TargetHeader } from './TargetHeader';

type Dialog = 'edit' | 'convert' | 'followUp' | null;

/** One target company: its plan (一企一策), the follow-up log, its history, and converting it into a project. */
export function TargetPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const detail = useApiQuery('targets.get', { id });
  const directory = useParkDirectory();
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = detail.data;

  if (!data) return <RecordPageState error={detail.error} onBack={() => goTo('targets')} />;

  const { target } = data;
  const parkName = (parkId: string | null) => {
    const park = parkId ? directory.byId.get(parkId) : undefined;
    return park ? (locale === 'en' && park.nameEn) || park.name : '—';
  };
  const done = () => {
    setDialog(null);
    detail.reload();
  };

  return (
    <Flex vertical gap={16} data-testid="target-page">
      <BackLink href={hashOf('targets')} label={t('target.back')} />
      <TargetHeader
        target={target}
        parkName={parkName(target.parkId)}
        onEdit={() => setDialog('edit')}
        onConvert={() => setDialog('convert')}
        onFollowUp={() => setDialog('followUp')}
      />
      <Card title={t('target.plan')}>
        {target.plan ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{target.plan}</Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('target.noPlan')}</Typography.Text>
        )}
      </Card>
      <FollowUpsAndHistory
        followUps={data.followUps}
        history={
          <AuditHistory
            entries={data.history}
            fieldLabel={(field) => targetFieldLabel(field, t)}
            formatValue={(field, value) => targetFieldValue(field, value, { t, locale, parkName })}
          />
        }
      />
      {dialog === 'convert' && <ConvertModal target={target} onClose={() => setDialog(null)} />}
      {dialog === 'followUp' && <FollowUpModal subject={{ targetId: target.id }} onClose={() => setDialog(null)} onSaved={done} />}
      <TargetFormDrawer open={dialog === 'edit'} target={target} onClose={() => setDialog(null)} onSaved={done} />
    </Flex>
  );
}

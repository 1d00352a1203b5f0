import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/BackLink';
import { ProjectPolicies } from '../../policies/applicable/ProjectPolicies';
import { RecordPageState } from '../../../components/RecordPageState';
import { useLocaleState } from '../../../app/localeContext';
import { goTo, hashOf } from '../../../app/routes';
import { errorText } from '../../../i18n/errorText';
import { AuditHistory } from '../../investment/AuditHistory';
import { FollowUpModal } from '../../investment/FollowUpModal';
import { FollowUpsAndHistory } from '../../investment/FollowUpsAndHistory';
import { useParkDirectory } from '../../parks/useParkDirectory';
import { ProjectFormDrawer } from '../form/ProjectFormDrawer';
import '../projects.css';
import { AdvanceModal } from './AdvanceModal';
import { ArrivalsCard } from './ArrivalsCard';
import { DropModal } from './DropModal';
import { describeArrival, projectFieldLabel, projectFieldValue } from './projectAuditLabels';
import { ProjectFacts } from './ProjectFacts';
import { ProjectHeader } from './ProjectHeader';
import { StageTimeline } from './StageTimeline';
import { useProjectDetail } from './useProjectDetail';

type Dialog = 'advance' | 'drop' | 'edit' | 'followUp' | null;

/** One project: progress, numbers, arrivals with the park's locked months, follow-ups and its history. */
export function ProjectPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { locale } = useLocaleState();
  const { detail, lockedPeriods, reload } = useProjectDetail(id);
  const directory = useParkDirectory();
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = detail.data;

  if (!data) return <RecordPageState error={detail.error} onBack={() => goTo('projects')} />;

  const { project } = data;
  const parkName = (parkId: string) => {
    const park = directory.byId.get(parkId);
    return (locale === 'en' && park?.nameEn) || park?.name || (parkId === project.parkId ? data.parkName : parkId);
  };
  const lastDate = data.timeline.map((s) => s.on).filter((on): on is string => on !== null).sort().at(-1) ?? null;
  const done = () => {
    setDialog(null);
    reload();
  };

  return (
    <Flex vertical gap={16} data-testid="project-page">
      <BackLink href={hashOf('projects')} label={t('project.back')} />
      <ProjectHeader
        detail={data}
        parkName={parkName(project.parkId)}
        onAdvance={() => setDialog('advance')}
        onDrop={() => setDialog('drop')}
        onEdit={() => setDialog('edit')}
      />
      {detail.error !== null && <Alert type="error" showIcon title={errorText(detail.error, t)} />}
      <Card title={t('project.timeline')}>
        <StageTimeline stage={project.stage} timeline={data.timeline} dropReason={project.dropReason} />
      </Card>
      <Card>
        <ProjectFacts detail={data} />
      </Card>
      <ArrivalsCard
        projectId={project.id}
        stage={project.stage}
        signedOn={project.signedOn}
        arrivals={data.arrivals}
        arrivedUsd={data.arrivedUsd}
        lockedPeriods={lockedPeriods}
        onChanged={reload}
      />
      <ProjectPolicies projectId={project.id} enterprise={data.enterprise} />
      <FollowUpsAndHistory
        followUps={data.followUps}
        addFollowUp={
          <Button icon={<PlusOutlined />} data-testid="followup-add" onClick={() => setDialog('followUp')}>
            {t('followUps.add')}
          </Button>
        }
        history={
          <AuditHistory
            entries={[...data.history, ...data.arrivalHistory].sort((a, b) => a.seq - b.seq)}
            describe={(entry) => describeArrival(entry, t)}
            fieldLabel={(field) => projectFieldLabel(field, t)}
            formatValue={(field, value) => projectFieldValue(field, value, { t, locale, parkName })}
          />
        }
      />
      {dialog === 'advance' && project.stage !== 'dropped' && (
        <AdvanceModal project={{ ...project, stage: project.stage }} lastDate={lastDate} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog === 'drop' && <DropModal project={project} onClose={() => setDialog(null)} onDone={done} />}
      {dialog === 'followUp' && <FollowUpModal subject={{ projectId: project.id }} onClose={() => setDialog(null)} onSaved={done} />}
      <ProjectFormDrawer open={dialog === 'edit'} project={project} enterpriseLabel={data.enterprise.name} onClose={() => setDialog(null)} onSaved={done} />
    </Flex>
  );
}

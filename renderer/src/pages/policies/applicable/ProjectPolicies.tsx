import { useState } from 'react';
import { BenefitFormModal, type BenefitPreset } from '../benefits/BenefitFormModal';
import { ApplicablePolicies } from './ApplicablePolicies';

/** On a project page: the clauses this project qualifies for, each with a way to record the benefit granted. */
export function ProjectPolicies({ projectId, enterprise }: { projectId: string; enterprise: { id: string; name: string } }) {
  const [granting, setGranting] = useState<BenefitPreset | null>(null);
  const [version, setVersion] = useState(0);
  return (
    <>
      <ApplicablePolicies
        key={version}
        enterpriseId={enterprise.id}
        projectId={projectId}
        onGrant={(policyId, clauseId) => setGranting({ policyId, clauseId, enterpriseId: enterprise.id, enterpriseName: enterprise.name })}
      />
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
    </>
  );
}

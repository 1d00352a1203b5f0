import { describe, expect, it } from 'vitest';
import { APPLICATION_ACTIONS, APPLICATION_STATUSES, type ApplicationAction, type ApplicationStatus } from '../../db/reference/workflows';
import { allowedActions, statusAfter } from '../../electron/services/workflows/applicationStates';
import { AppError } from '../../electron/services/appError';

/** Once closed, every action is refused with the reason it is closed. */
function closed(status: 'completed' | 'rejected' | 'withdrawn'): Record<ApplicationAction, `workflow.${string}`> {
  const row = {} as Record<ApplicationAction, `workflow.${string}`>;
  for (const action of APPLICATION_ACTIONS) row[action] = `workflow.state.${status}`;
  return row;
}

/** The whole state machine in one table: the status an action leads to, or the message it is refused with. */
const TABLE: Record<ApplicationStatus, Record<ApplicationAction, ApplicationStatus | `workflow.${string}`>> = {
  submitted: {
    accept: 'in_review', accept_with_missing: 'in_review', supply_missing: 'workflow.state.notAccepted', approve_step: 'workflow.state.notAccepted',
    return_for_correction: 'workflow.state.notAccepted', resubmit: 'workflow.state.notInCorrection', reject: 'rejected', suspend: 'workflow.state.notAccepted',
    resume: 'workflow.state.notSuspended', withdraw: 'withdrawn', complete: 'workflow.state.notApproved',
  },
  in_review: {
    accept: 'workflow.state.alreadyAccepted', accept_with_missing: 'workflow.state.alreadyAccepted', supply_missing: 'in_review', approve_step: 'in_review',
    return_for_correction: 'correction', resubmit: 'workflow.state.notInCorrection', reject: 'rejected', suspend: 'suspended',
    resume: 'workflow.state.notSuspended', withdraw: 'withdrawn', complete: 'workflow.state.notApproved',
  },
  correction: {
    accept: 'workflow.state.alreadyAccepted', accept_with_missing: 'workflow.state.alreadyAccepted', supply_missing: 'correction', approve_step: 'workflow.state.inCorrection',
    return_for_correction: 'workflow.state.inCorrection', resubmit: 'in_review', reject: 'rejected', suspend: 'workflow.state.inCorrection',
    resume: 'workflow.state.notSuspended', withdraw: 'withdrawn', complete: 'workflow.state.notApproved',
  },
  suspended: {
    accept: 'workflow.state.alreadyAccepted', accept_with_missing: 'workflow.state.alreadyAccepted', supply_missing: 'suspended', approve_step: 'workflow.state.suspended',
    return_for_correction: 'workflow.state.suspended', resubmit: 'workflow.state.notInCorrection', reject: 'rejected', suspend: 'workflow.state.suspended',
    resume: 'in_review', withdraw: 'withdrawn', complete: 'workflow.state.notApproved',
  },
  approved: {
    accept: 'workflow.state.alreadyAccepted', accept_with_missing: 'workflow.state.alreadyAccepted', supply_missing: 'approved', approve_step: 'workflow.state.alreadyApproved',
    return_for_correction: 'workflow.state.alreadyApproved', resubmit: 'workflow.state.notInCorrection', reject: 'workflow.state.alreadyApproved', suspend: 'workflow.state.alreadyApproved',
    resume: 'workflow.state.notSuspended', withdraw: 'workflow.state.alreadyApproved', complete: 'completed',
  },
  completed: closed('completed'),
  rejected: closed('rejected'),
  withdrawn: closed('withdrawn'),
};

function outcome(status: ApplicationStatus, action: ApplicationAction): string {
  try {
    return statusAfter(status, action);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error.details?.fields?.[0]?.key ?? error.code;
  }
}

describe('application state machine', () => {
  it.each(APPLICATION_STATUSES)('in %s, every action leads where the table says or is refused with its message', (status) => {
    for (const action of APPLICATION_ACTIONS) expect(outcome(status, action), action).toBe(TABLE[status][action]);
  });

  it('offers exactly the allowed actions for the page buttons', () => {
    for (const status of APPLICATION_STATUSES) {
      expect(allowedActions(status)).toEqual(APPLICATION_ACTIONS.filter((a) => !TABLE[status][a].startsWith('workflow.')));
    }
  });

  it('ends the review when the last step is approved', () => {
    expect(statusAfter('in_review', 'approve_step', true)).toBe('approved');
    expect(() => statusAfter('correction', 'approve_step', true)).toThrow(AppError);
  });
});

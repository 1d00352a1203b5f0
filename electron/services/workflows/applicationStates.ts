import { APPLICATION_ACTIONS, type ApplicationAction, type ApplicationStatus } from '../../../db/reference/workflows';
import type { MessageKey } from '../../api/contract/messages';
import { refuse } from './refusal';

/** 'same' keeps the status (supplying 容缺 materials); approve_step may also end the review (see statusAfter). */
const TRANSITIONS: Record<ApplicationAction, Partial<Record<ApplicationStatus, ApplicationStatus | 'same'>>> = {
  accept: { submitted: 'in_review' },
  accept_with_missing: { submitted: 'in_review' },
  supply_missing: { in_review: 'same', correction: 'same', suspended: 'same', approved: 'same' },
  approve_step: { in_review: 'in_review' },
  return_for_correction: { in_review: 'correction' },
  resubmit: { correction: 'in_review' },
  reject: { submitted: 'rejected', in_review: 'rejected', correction: 'rejected', suspended: 'rejected' },
  suspend: { in_review: 'suspended' },
  resume: { suspended: 'in_review' },
  withdraw: { submitted: 'withdrawn', in_review: 'withdrawn', correction: 'withdrawn', suspended: 'withdrawn' },
  complete: { approved: 'completed' },
};

const CLOSED_KEYS: Partial<Record<ApplicationStatus, MessageKey>> = {
  completed: 'workflow.state.completed',
  rejected: 'workflow.state.rejected',
  withdrawn: 'workflow.state.withdrawn',
};

/** Why `action` cannot run in `status`, said in terms of what the user sees on the application. */
function refusalKey(status: ApplicationStatus, action: ApplicationAction): MessageKey {
  const closed = CLOSED_KEYS[status];
  if (closed) return closed;
  switch (action) {
    case 'accept':
    case 'accept_with_missing':
      return 'workflow.state.alreadyAccepted';
    case 'resubmit':
      return 'workflow.state.notInCorrection';
    case 'resume':
      return 'workflow.state.notSuspended';
    case 'complete':
      return 'workflow.state.notApproved';
    default:
      if (status === 'submitted') return 'workflow.state.notAccepted';
      if (status === 'correction') return 'workflow.state.inCorrection';
      if (status === 'suspended') return 'workflow.state.suspended';
      return 'workflow.state.alreadyApproved';
  }
}

export function isActionAllowed(status: ApplicationStatus, action: ApplicationAction): boolean {
  return TRANSITIONS[action][status] !== undefined;
}

/** The actions the application page can offer in this status (further conditions are checked when run). */
export function allowedActions(status: ApplicationStatus): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((action) => isActionAllowed(status, action));
}

/** Throws the refusal for an action the status does not allow. */
export function checkAction(status: ApplicationStatus, action: ApplicationAction): void {
  if (!isActionAllowed(status, action)) throw refuse('status', refusalKey(status, action));
}

/** The status after an allowed action; approving the last step's last department ends the review. */
export function statusAfter(status: ApplicationStatus, action: ApplicationAction, completesLastStep = false): ApplicationStatus {
  checkAction(status, action);
  if (action === 'approve_step' && completesLastStep) return 'approved';
  const next = TRANSITIONS[action][status]!;
  return next === 'same' ? status : next;
}

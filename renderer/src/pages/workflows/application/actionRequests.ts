import type { ApplicationAction } from '../../../../../db/reference/workflows';
import {
  applicationAcceptInput,
  applicationAcceptWithMissingInput,
  applicationApproveStepInput,
  applicationNoteInput,
  applicationReasonInput,
  applicationSupplyInput,
} from '../../../../../electron/api/contract/workflowSchemas';
import { call } from '../../../api/client';
import { checkWith, type Check } from '../../investment/schemaCheck';
import type { ApplicationDetail } from '../workflowTypes';

/** Everything any action dialog may ask for; each action reads only its own fields. */
export interface ActionValues {
  on?: string | null;
  comment?: string;
  reason?: string;
  materialsReceived?: string[];
  supplyBy?: string | null;
  materials?: string[];
  department?: string;
}

/** A checked request, ready to send. */
export interface ActionRequest {
  send(): Promise<ApplicationDetail>;
}

/** Actions whose comment is required: the reason becomes the timeline comment (补正 says what to correct). */
export const REASON_ACTIONS: readonly ApplicationAction[] = ['return_for_correction', 'reject', 'suspend'];

function ready<T>(check: Check<T>, send: (input: T) => Promise<ApplicationDetail>): Check<ActionRequest> {
  return check.ok ? { ok: true, input: { send: () => send(check.input) } } : check;
}

/** Null from a cleared picker means "not given": the API then uses today. */
const given = <T,>(value: T | null | undefined): T | undefined => value ?? undefined;

/**
 * The dialog's values checked with the API's own schema for `action`, so the messages are the server's; the
 * approval goes to the current step (the server refuses any other).
 */
export function checkAction(action: ApplicationAction, detail: ApplicationDetail, values: ActionValues): Check<ActionRequest> {
  const { id } = detail;
  const on = given(values.on);
  const comment = given(values.comment);
  switch (action) {
    case 'accept':
      return ready(checkWith(applicationAcceptInput, { id, on, comment, materialsReceived: values.materialsReceived ?? [] }), (i) => call('applications.accept', i));
    case 'accept_with_missing':
      return ready(
        checkWith(applicationAcceptWithMissingInput, { id, on, comment, materialsReceived: values.materialsReceived ?? [], supplyBy: given(values.supplyBy) }),
        (i) => call('applications.acceptWithMissing', i),
      );
    case 'supply_missing':
      return ready(checkWith(applicationSupplyInput, { id, on, comment, materials: values.materials ?? [] }), (i) => call('applications.supplyMissing', i));
    case 'approve_step':
      return ready(
        checkWith(applicationApproveStepInput, { id, on, comment, stepNo: detail.currentStep?.stepNo ?? 0, department: values.department ?? '' }),
        (i) => call('applications.approveStep', i),
      );
    case 'return_for_correction':
      return ready(checkWith(applicationReasonInput, { id, on, reason: values.reason ?? '' }), (i) => call('applications.returnForCorrection', i));
    case 'reject':
      return ready(checkWith(applicationReasonInput, { id, on, reason: values.reason ?? '' }), (i) => call('applications.reject', i));
    case 'suspend':
      return ready(checkWith(applicationReasonInput, { id, on, reason: values.reason ?? '' }), (i) => call('applications.suspend', i));
    case 'resubmit':
      return ready(checkWith(applicationNoteInput, { id, on, comment }), (i) => call('applications.resubmit', i));
    case 'resume':
      return ready(checkWith(applicationNoteInput, { id, on, comment }), (i) => call('applications.resume', i));
    case 'withdraw':
      return ready(checkWith(applicationNoteInput, { id, on, comment }), (i) => call('applications.withdraw', i));
    case 'complete':
      return ready(checkWith(applicationNoteInput, { id, on, comment }), (i) => call('applications.complete', i));
  }
}

/** Where the dialog opens: what the window has already received, the first department still to approve. */
export function initialActionValues(action: ApplicationAction, detail: ApplicationDetail): ActionValues {
  if (action === 'accept' || action === 'accept_with_missing') return { materialsReceived: [...detail.materialsReceived] };
  if (action === 'supply_missing') return { materials: [...detail.materialsOutstanding] };
  if (action === 'approve_step') return { department: detail.currentStep?.pendingDepartments[0] };
  return {};
}

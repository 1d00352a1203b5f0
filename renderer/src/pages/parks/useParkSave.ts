import { App as AntApp, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../electron/api/contract/result';
import { ApiCallError, call } from '../../api/client';
import { errorText, fieldIssueText } from '../../i18n/errorText';
import { checkParkForm, parkToForm, PARK_FORM_FIELDS, sortIssues, type ParkFormValues } from './parkFormValues';
import type { ParkView } from './parkTypes';

/** What the form shows above its fields: nothing, a stale-version warning, or a sentence. */
export type SaveProblem = { kind: 'conflict' } | { kind: 'error'; text: string } | null;

interface Options {
  form: FormInstance<ParkFormValues>;
  /** The version being edited; null for a new park. */
  park: ParkView | null;
  onSaved(park: ParkView): void;
  /** The park was deleted by someone else while it was open here. */
  onGone(): void;
}

function isApiError(error: unknown, code: ApiCallError['code']): error is ApiCallError {
  return error instanceof ApiCallError && error.code === code;
}

/** Check with the API's schema, send, and put every answer where the user looks for it. */
export function useParkSave({ form, park, onSaved, onGone }: Options) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [baseline, setBaseline] = useState(park);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem>(null);
  // State updates are not synchronous; the ref stops a second submit fired before the re-render.
  const inFlight = useRef(false);

  const showIssues = (issues: readonly FieldIssue[]) => {
    const { byField, unplaced } = sortIssues(issues);
    // Every field is set, so one fixed since the last attempt loses its old message.
    form.setFields(
      PARK_FORM_FIELDS.map((name) => ({
        name,
        errors: [...new Set((byField.get(name) ?? []).map((issue) => fieldIssueText(issue, t)))],
      })),
    );
    const first = PARK_FORM_FIELDS.find((field) => byField.has(field));
    if (first) form.scrollToField(first, { focus: true, block: 'center' });
    const details = unplaced.map((issue) => fieldIssueText(issue, t));
    setProblem({ kind: 'error', text: [t('errors.code.VALIDATION'), ...details].join(' ') });
  };

  const failed = (error: unknown) => {
    if (isApiError(error, 'CONFLICT')) setProblem({ kind: 'conflict' });
    else if (isApiError(error, 'NOT_FOUND') && baseline) {
      message.error(errorText(error, t));
      onGone();
    } else if (error instanceof ApiCallError && error.fieldIssues.length > 0) showIssues(error.fieldIssues);
    else setProblem({ kind: 'error', text: errorText(error, t) });
  };

  /** The form has no antd rules, so messages we set stay until cleared: a field loses its own when edited. */
  const clearIssues = (changed: Partial<ParkFormValues>) => {
    form.setFields(PARK_FORM_FIELDS.filter((name) => name in changed).map((name) => ({ name, errors: [] })));
  };

  const submit = async (values: ParkFormValues) => {
    if (inFlight.current) return;
    setProblem(null);
    const check = checkParkForm(values);
    if (!check.ok) {
      showIssues(check.issues);
      return;
    }
    inFlight.current = true;
    setSaving(true);
    try {
      const saved = baseline
        ? await call('parks.update', { ...check.values, id: baseline.id, expectedUpdatedAt: baseline.updatedAt })
        : await call('parks.create', check.values);
      message.success(t(baseline ? 'parkForm.saved' : 'parkForm.created', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      failed(error);
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  /** After a conflict: show what is stored now, and edit that version from here on. */
  const loadLatest = async () => {
    if (!baseline) return;
    try {
      const latest = await call('parks.get', { id: baseline.id });
      form.resetFields();
      form.setFieldsValue(parkToForm(latest));
      setBaseline(latest);
      setProblem(null);
      message.info(t('parkForm.reloaded'));
    } catch (error) {
      failed(error);
    }
  };

  return { saving, problem, submit, loadLatest, clearIssues };
}

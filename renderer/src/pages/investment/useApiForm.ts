import type { FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../electron/api/contract/result';
import { ApiCallError } from '../../api/client';
import { errorText, fieldIssueText } from '../../i18n/errorText';
import { placeIssues, type FieldName } from './issuePlacement';
import type { Check } from './schemaCheck';

interface Options<V, I, O> {
  // Any form: the hook sets messages by field name, whatever the values' type.
  form: FormInstance;
  /** Top-level form fields in display order: the first one with a problem gets the focus. */
  fields: readonly string[];
  listFields?: readonly string[];
  rename?: Record<string, string>;
  check(values: V): Check<I>;
  send(input: I): Promise<O>;
  onSaved(output: O): void;
  /** Takes the issues this form shows its own way (a warning with a confirm box); returns the rest. */
  special?(issues: FieldIssue[]): FieldIssue[];
}

/** Check with the API's schema, send, and put every answer where the user looks for it: at its field. */
export function useApiForm<V, I, O>(options: Options<V, I, O>) {
  const { t } = useTranslation();
  const { form, fields } = options;
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // State updates are not synchronous; the ref stops a second submit fired before the re-render.
  const inFlight = useRef(false);
  const marked = useRef<FieldName[]>([]);

  const clearMarks = () => {
    form.setFields(marked.current.map((name) => ({ name, errors: [], warnings: [] })));
    marked.current = [];
  };

  const showIssues = (all: readonly FieldIssue[]) => {
    clearMarks();
    const issues = options.special ? options.special([...all]) : [...all];
    const { byField, unplaced } = placeIssues(issues, fields, options);
    const entries = [...byField.values()];
    form.setFields(
      entries.map(({ name, issues: own }) => ({ name, errors: [...new Set(own.map((i) => fieldIssueText(i, t)))] })),
    );
    marked.current = entries.map((entry) => entry.name);
    const first = fields.map((field) => entries.find((e) => (Array.isArray(e.name) ? e.name[0] : e.name) === field)).find(Boolean);
    if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
    if (unplaced.length) setProblem(unplaced.map((issue) => fieldIssueText(issue, t)).join(' '));
    else if (entries.length === 0 && issues.length === all.length) setProblem(t('errors.code.VALIDATION'));
  };

  const failed = (error: unknown) => {
    if (error instanceof ApiCallError && error.fieldIssues.length > 0) showIssues(error.fieldIssues);
    else setProblem(errorText(error, t));
  };

  /** Messages set here stay until cleared: a field loses its own when the user edits it. */
  const clearIssues = (changed: Partial<V>) => {
    const touched = Object.keys(changed as object);
    const keep = marked.current.filter((name) => !touched.includes(String(Array.isArray(name) ? name[0] : name)));
    const drop = marked.current.filter((name) => !keep.includes(name));
    form.setFields(drop.map((name) => ({ name, errors: [], warnings: [] })));
    marked.current = keep;
  };

  const submit = async (values: V) => {
    if (inFlight.current) return;
    setProblem(null);
    const check = options.check(values);
    if (!check.ok) {
      showIssues(check.issues);
      return;
    }
    clearMarks();
    inFlight.current = true;
    setSaving(true);
    try {
      options.onSaved(await options.send(check.input));
    } catch (error) {
      failed(error);
    } finally {
      inFlight.current = false;
      setSaving(false);
    }
  };

  return { saving, problem, submit, clearIssues };
}

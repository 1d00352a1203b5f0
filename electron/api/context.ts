import type { Store } from '../../db/client';
import type { AuditAction, AuditSource } from '../../db/schema';
import type { StoreSession } from '../services/storeSession';

export type Locale = 'zh-CN' | 'en';

/** What every API method may use; built once per process by the transport's host (main.ts, serve.ts, tests). */
export interface ApiContext {
  /** The current store; hosts built with `contextOverSession` read it from the session on every call. */
  readonly store: Store;
  /** Present in hosts that can switch stores (restore, demo mode); absent in single-store tests. */
  storeSession?: StoreSession;
  /** The operator recorded in the audit log. */
  actor: string;
  /** Where this host's changes come from when a method does not say ('cli' for the command line); else 'ui'. */
  auditSource?: AuditSource;
  now(): Date;
  appVersion: string;
  /** Root of the data folder; attachments live under `<dataDir>/attachments/`. Without it attachments are refused. */
  dataDir?: string;
  /** Lets the desktop shell follow the renderer's language (menu labels). */
  onLocaleChanged?(locale: Locale): void;
  /** The desktop app's folder dialog (备份到其他位置); absent in browser mode, where the path is typed. */
  chooseFolder?(): Promise<string | null>;
  /** The desktop window's page as an A4 PDF with title, date and page numbers; absent in browser mode (window.print). */
  printToPdf?(options: PrintOptions): Promise<Uint8Array>;
}

export interface PrintOptions {
  title: string;
  /** The date printed in the header, as the user's language writes it. */
  dateText: string;
  landscape: boolean;
}

export interface AuditInput {
  action: AuditAction;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** Where the change came from; absent means a person in the window ('ui'). */
  source?: AuditSource;
}

/** A mutation runs inside one transaction; `audit` writes its row in that same transaction. */
export interface MutationContext extends ApiContext {
  /** ISO timestamp of this change, the same for every row it touches. */
  at: string;
  audit(entry: AuditInput): void;
}

/** A context whose `store` always follows the session's current store. */
export function contextOverSession(session: StoreSession, rest: Omit<ApiContext, 'store' | 'storeSession'>): ApiContext {
  // Copied by descriptor, not spread, so a getter in `rest` (the operator's name read from the settings)
  // keeps being read on every call instead of once here.
  const ctx = Object.defineProperties({}, Object.getOwnPropertyDescriptors(rest)) as ApiContext;
  return Object.defineProperties(ctx, {
    storeSession: { value: session, enumerable: true },
    store: { get: () => session.current, enumerable: true },
  });
}

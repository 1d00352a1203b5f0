import { z } from 'zod';
import { uuid } from './fields';

/**
 * The largest workbook accepted, in bytes of the file itself. Base64 in JSON adds a third, so the HTTP body limit
 * (transports/http.ts) is derived from it. A 100 000-row T2 ledger is about 8 MB.
 */
export const MAX_IMPORT_FILE_BYTES = 60 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

/** A file travels as base64 — never as a path: browser mode has none, and the renderer must not name files on disk. */
export const importFileInput = z.object({
  fileName: z
    .string({ error: 'field.required' })
    .trim()
    .min(1, { error: 'field.required' })
    .max(255, { error: 'field.tooLong' })
    .refine((name) => !/[\\/]/.test(name), { error: 'field.invalid' }),
  base64: z
    .string({ error: 'field.required' })
    .min(1, { error: 'field.required' })
    .max(MAX_BASE64_CHARS, { error: 'field.tooBig' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'field.invalid' }),
  /** The park the file belongs to; absent: matched by the 填报单位 printed on the form. */
  parkId: uuid.optional(),
  /** `2026-Q3` (T3), `2026` (T4); absent: the period printed on the form. */
  period: z.string().regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, { error: 'field.period' }).optional(),
});

export const importCommitInput = z.object({
  batchId: uuid,
  /** The user saw that the same file was imported before and wants it imported again. */
  confirmDuplicate: z.boolean().default(false),
});

export const importBatchInput = z.object({ batchId: uuid });

export const importListInput = z
  .object({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(20),
  })
  .default({ page: 1, pageSize: 20 });

export const importRecordsInput = z.object({
  batchId: uuid,
  /** The batch view pages through records: a 100 000-row ledger has 200 000 of them. */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});

export const jobIdInput = z.object({ jobId: uuid });

export type ImportFileInput = z.input<typeof importFileInput>;

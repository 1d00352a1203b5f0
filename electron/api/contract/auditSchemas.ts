import { z } from 'zod';
import { AUDIT_SOURCES } from '../../../db/schema/auditLog';
import { requiredText } from './fields';

const isoInstant = z.iso.datetime({ error: 'field.date' });

/** The viewer's filters; days arrive as ISO instants the renderer computed from the user's local days. */
export const auditFilterInput = z.object({
  entity: z.string().max(60).optional(),
  entityId: z.string().max(200).optional(),
  actor: z.string().max(100).optional(),
  source: z.enum(AUDIT_SOURCES).optional(),
  fromAt: isoInstant.optional(),
  toAt: isoInstant.optional(),
});

export const auditListInput = auditFilterInput.extend({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export const auditExportInput = auditFilterInput.extend({
  language: z.enum(['zh', 'en']).default('zh'),
});

export const operatorNameInput = z.object({ name: requiredText(40) });

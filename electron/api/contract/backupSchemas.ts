import { z } from 'zod';
import { requiredText } from './fields';

/** A backup is named by its file name in the backups folder; anything with a path in it is refused. */
export const backupNameInput = z.object({
  name: z
    .string({ error: 'field.required' })
    .regex(/^parkdesk-(daily|before-migration|before-import|before-restore|manual)-\d{8}T\d{9}Z\.sqlite$/, { error: 'field.invalid' }),
});

/** 备份到其他位置: an absolute folder path (a USB stick, a shared disk), typed or chosen in a dialog. */
export const backupToFolderInput = z.object({
  folder: requiredText(1000).refine((value) => /^([a-zA-Z]:[\\/]|\\\\|\/)/.test(value), { error: 'backup.folder.absolute' }),
});

const keepCount = z.number({ error: 'field.notNumber' }).int({ error: 'field.invalid' }).min(1, { error: 'backup.keep.range' }).max(100, { error: 'backup.keep.range' });

export const backupSettingsInput = z.object({
  keep: z.object({
    daily: keepCount,
    'before-migration': keepCount,
    'before-import': keepCount,
    'before-restore': keepCount,
    manual: keepCount,
  }),
});

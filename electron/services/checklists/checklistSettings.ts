import type { Db } from '../../../db/client';
import { ATTACHMENT_MAX_BYTES_SETTING, DEFAULT_ATTACHMENT_MAX_BYTES } from '../../../db/reference/checklists';
import { readSetting } from '../../../db/repos/settingsRepo';

/** The largest attachment accepted, in bytes: the desk's setting, else 10 MB. */
export function readAttachmentMaxBytes(db: Db): number {
  return readSetting<number>(db, ATTACHMENT_MAX_BYTES_SETTING) ?? DEFAULT_ATTACHMENT_MAX_BYTES;
}

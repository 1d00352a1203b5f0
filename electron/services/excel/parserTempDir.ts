import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PREFIX = 'parkdesk-parser-';
/** A folder this old is left over from a run that ended without cleaning up (the app was killed, the machine lost power). */
const STALE_MS = 24 * 60 * 60_000;

let swept = false;

function removeQuietly(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    // A file still locked (Windows) stays until the next sweep; never fail an import over temp files.
  }
}

/** Removes parser folders a day old or more, which only a crash can have left behind; younger ones may be in use. */
export function sweepStaleParserTemp(now: number): void {
  let names: string[];
  try {
    names = fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = path.join(os.tmpdir(), name);
    try {
      if (now - fs.statSync(dir).mtimeMs >= STALE_MS) removeQuietly(dir);
    } catch {
      // Gone already.
    }
  }
}

/** A fresh temp folder for one parser process, and the way to remove it once that process has exited. */
export function parserTempDir(now = Date.now()): { dir: string; remove(): void } {
  if (!swept) {
    swept = true;
    sweepStaleParserTemp(now);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  return { dir, remove: () => removeQuietly(dir) };
}

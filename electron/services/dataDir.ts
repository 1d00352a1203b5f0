import path from 'node:path';

/** Value of `--name VALUE` or `--name=VALUE` in argv, if given. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/**
 * Browser mode and the command line keep the store, attachments and backups in one folder:
 * `--data-dir DIR`, else PARKDESK_DATA_DIR, else ./data (DESIGN §2).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): string {
  const chosen = argValue(argv, 'data-dir') ?? env.PARKDESK_DATA_DIR ?? './data';
  return path.resolve(cwd, chosen);
}

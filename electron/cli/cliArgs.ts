/** `export T1 --park 平湖 --period 2026-10 --out f.xlsx` → positional ['export', 'T1'] and flags. */
export interface CliArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) flags.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags.set(arg.slice(2), argv[(i += 1)]!);
    else flags.set(arg.slice(2), true);
  }
  return { positional, flags };
}

/** A usage mistake: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export function requireFlag(args: CliArgs, name: string): string {
  const value = args.flags.get(name);
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`缺少 --${name} / missing --${name}`);
  return value;
}

// Argument reading shared by every command: --today, --root, the command's own value-taking options
// (`--json FILE` or `--json=FILE`), flags and positionals.
export interface CliArgs {
  today?: string;
  root: string;
  flags: Set<string>;
  /** Values of the options named in `values`, by name without dashes, e.g. { json: 'report.json' }. */
  values: Record<string, string>;
  positionals: string[];
}

export interface CliSpec {
  /** Options that take a value (without dashes), besides today and root: `--json FILE` is one option, not a flag and a positional. */
  values?: readonly string[];
  /** When given, the only flags allowed (without dashes); anything else is an error naming it. */
  flags?: readonly string[];
  /** Appended to error messages, e.g. the command's usage line. */
  usage?: string;
}

export function readArgs(argv: readonly string[] = process.argv.slice(2), spec: CliSpec = {}): CliArgs {
  const out: CliArgs = { root: process.cwd(), flags: new Set(), values: {}, positionals: [] };
  const fail = (message: string): never => {
    throw new Error(spec.usage ? `${message}\n${spec.usage}` : message);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) fail(`${name} needs a value`);
      return v!;
    };
    const key = name.slice(2);
    if (name === '--today') out.today = value();
    else if (name === '--root') out.root = value();
    else if (arg.startsWith('--') && spec.values?.includes(key)) out.values[key] = value();
    else if (arg.startsWith('--')) {
      if (spec.flags && !spec.flags.includes(key)) fail(`unknown option "${arg}"`);
      out.flags.add(key);
    } else out.positionals.push(arg);
  }
  return out;
}

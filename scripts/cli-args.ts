// Minimal argument reading shared by every command: --today, --root, and positionals.
export interface CliArgs {
  today?: string;
  root: string;
  flags: Set<string>;
  positionals: string[];
}

export function readArgs(argv: readonly string[] = process.argv.slice(2)): CliArgs {
  const out: CliArgs = { root: process.cwd(), flags: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--today') out.today = value();
    else if (name === '--root') out.root = value() ?? out.root;
    else if (arg.startsWith('--')) out.flags.add(name.slice(2));
    else out.positionals.push(arg);
  }
  return out;
}

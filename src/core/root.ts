// Where the hub's content/ lives: the project root unless PROOF_HUB_ROOT (or a command's --root)
// points elsewhere, as the test fixtures do.
export const ROOT_ENV = 'PROOF_HUB_ROOT';

export function hubRoot(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return env[ROOT_ENV] || cwd;
}

// Editors' overrides in an asset's frontmatter (`snippets:`): a hook, clip hooks, whole posts per
// channel. Overrides win over generated text and are never cut: one over its limit is an error that
// names the asset, the field and the count.
import { z } from 'zod';

const PostFieldsSchema = z.strictObject({
  /** YouTube or Reddit title. */
  title: z.string().min(1).optional(),
  /** E-mail subject (about 60 characters) and preheader (about 100). */
  subject: z.string().min(1).optional(),
  preheader: z.string().min(1).optional(),
  /** The body. Write {link} where the tagged link goes; without it, the link is added at the end. */
  text: z.string().min(1).optional(),
});

export const SnippetOverridesSchema = z.strictObject({
  /** Opens every channel post instead of the generated hook (LinkedIn shows about 210 characters before "see more"). */
  hook: z.string().min(5).optional(),
  /** Hooks of the clip scripts, in order; clips beyond the list get generated hooks. */
  clipHooks: z.array(z.string().min(5)).optional(),
  /**
   * Whole posts by channel id: text (with {link} where the link goes), a list of thread posts, or
   * fields { title, subject, preheader, text }.
   */
  posts: z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1), PostFieldsSchema])).optional(),
});

export type SnippetOverrides = z.output<typeof SnippetOverridesSchema>;
export type PostOverride = NonNullable<SnippetOverrides['posts']>[string];

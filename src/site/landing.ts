// Landing pages this build shows: live ones in production, drafts and scheduled ones in the dev
// preview (noindex there, like assets).
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLive } from '../core/today.ts';
import { mode, today } from './hub.ts';

export interface SiteLanding {
  slug: string;
  data: CollectionEntry<'landing'>['data'];
  entry: CollectionEntry<'landing'>;
}

export async function landings(): Promise<SiteLanding[]> {
  return (await getCollection('landing'))
    .map((entry) => ({ slug: entry.data.slug ?? entry.id, data: entry.data, entry }))
    .filter((l) => mode === 'preview' || isLive({ published: l.data.published, draft: l.data.draft }, today));
}

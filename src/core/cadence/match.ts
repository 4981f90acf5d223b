// Matching what was published (assets, or posts from the log) to the slots of a rhythm.
import type { Slot } from './slots.ts';

export type SlotState = 'filled' | 'late' | 'missed' | 'scheduled' | 'draft' | 'empty';

/** Something that can fill a slot: an asset (ref kind/slug) or a logged post (ref file:line). */
export interface Item {
  ref: string;
  /** Local day it went (or goes) out, YYYY-MM-DD. */
  day: string;
  draft: boolean;
  promises?: readonly string[];
}

export interface SlotResult extends Slot {
  state: SlotState;
  /** Items that fill the slot, in date order (at most perSlot). */
  items: Item[];
  /** Items needed (perSlot) and found, for posting rhythms. */
  needed: number;
  /** Day the slot must be filled by (its own day), and the last day that still counts. */
  dueBy: string;
  /** The filler does not prove the promise the rotation asks for. */
  offPromise?: boolean;
}

export interface Match {
  slots: SlotResult[];
  /** Items on a day no slot covers. */
  offSlot: Item[];
  /** Items in a slot another item already filled: [slot date, item]. */
  extra: { slot: string; item: Item }[];
}

/**
 * Assigns items to slots: each item goes to the earliest slot whose window (its day up to its
 * grace) holds the item's day and that still has room; items with no such slot are off-slot, or
 * extra when every slot that could take them is full. Then each slot gets its state as of today.
 */
export function matchSlots(slots: readonly Slot[], items: readonly Item[], today: string, perSlot = 1): Match {
  const sorted = [...items].sort((a, b) => a.day.localeCompare(b.day) || Number(a.draft) - Number(b.draft) || a.ref.localeCompare(b.ref));
  const assigned = new Map<number, Item[]>();
  const offSlot: Item[] = [];
  const extra: { slot: string; item: Item }[] = [];
  for (const item of sorted) {
    const candidates = slots.filter((s) => s.date <= item.day && item.day <= s.graceUntil);
    const open = candidates.find((s) => (assigned.get(s.index)?.length ?? 0) < perSlot);
    if (open) assigned.set(open.index, [...(assigned.get(open.index) ?? []), item]);
    else if (candidates.length) extra.push({ slot: candidates[candidates.length - 1].date, item });
    else offSlot.push(item);
  }
  const results = slots.map((s): SlotResult => {
    const fill = assigned.get(s.index) ?? [];
    const live = fill.filter((i) => !i.draft && i.day <= today);
    const scheduled = fill.filter((i) => !i.draft && i.day > today);
    let state: SlotState;
    if (live.length >= perSlot) state = live[perSlot - 1].day === s.date ? 'filled' : 'late';
    else if (s.graceUntil < today) state = 'missed';
    else if (live.length + scheduled.length >= perSlot) state = 'scheduled';
    else if (fill.some((i) => i.draft)) state = 'draft';
    else state = 'empty';
    const result: SlotResult = { ...s, state, items: fill, needed: perSlot, dueBy: s.date };
    if (s.promise && fill.length && fill.every((i) => i.promises && !i.promises.includes(s.promise!))) result.offPromise = true;
    return result;
  });
  return { slots: results, offSlot, extra };
}

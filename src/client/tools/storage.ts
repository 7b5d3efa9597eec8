/**
 * The reader's drafts in this browser's localStorage, under one key. Every write reports whether it
 * worked, so the page can say "storage is blocked / full" and offer the export instead of failing silently.
 */
import type { StoredDraft } from './draft.ts';

/** Why storage did not work: blocked (private mode, file:// in some browsers) or full. */
export type StorageProblem = 'blocked' | 'full';

/** All drafts and which one is open. */
export interface Shelf {
  open?: string;
  drafts: StoredDraft[];
}

/** The storage, or the reason there is none. */
export function openStorage(): Storage | StorageProblem {
  try {
    const s = window.localStorage;
    const probe = `${Date.now()}`;
    s.setItem('pedoman-ogp:probe', probe);
    s.removeItem('pedoman-ogp:probe');
    return s;
  } catch {
    return 'blocked';
  }
}

/** Read the shelf; anything unreadable counts as empty (it is never overwritten unless the reader saves). */
export function readShelf(storage: Storage | StorageProblem, key: string): Shelf {
  if (typeof storage === 'string') return { drafts: [] };
  try {
    const shelf = JSON.parse(storage.getItem(key) ?? '{"drafts":[]}') as Shelf;
    return Array.isArray(shelf.drafts) ? shelf : { drafts: [] };
  } catch {
    return { drafts: [] };
  }
}

/** Write the shelf; returns the problem when the browser refused. */
export function writeShelf(storage: Storage | StorageProblem, key: string, shelf: Shelf): StorageProblem | undefined {
  if (typeof storage === 'string') return storage;
  try {
    storage.setItem(key, JSON.stringify(shelf));
    return undefined;
  } catch (error) {
    return (error as DOMException)?.name === 'QuotaExceededError' ? 'full' : 'blocked';
  }
}

/** A new id for a draft, unique in this browser. */
export function newId(): string {
  return `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

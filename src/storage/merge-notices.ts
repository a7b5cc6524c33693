import { MAX_OFFERS, type TradeoffDocument } from '../domain/document/schema';
import { createDocument } from '../domain/document/factory';
import { type ThreeWayMerge } from '../domain/history/merge-three-way';
import type { NoticeAction } from '../store/notices';
import { datedFileName, downloadFile } from './downloads';
import { listOf } from '../lib/list';
import { importRetrying } from '../lib/import-retrying';

export interface MergeNotice {
  message: string;
  actions?: NoticeAction[];
}

const list = (names: readonly string[], most = 3): string => {
  const shown = names.slice(0, most);
  const rest = names.length - shown.length;
  const words = rest > 0 ? [...shown, `${rest} more`] : shown;
  return listOf(words);
};

type Change = (recipe: (current: TradeoffDocument) => TradeoffDocument) => void;

/**
 * What the person hears when both tabs changed the same fields: which ones,
 * and the way back to this tab's values. The words for the fields (the
 * field registry's labels) load when a merge first needs them, so they
 * weigh nothing on the first render; null when there was no conflict.
 */
export const conflictNotice = async (
  { document, conflicts }: ThreeWayMerge,
  change: Change,
): Promise<MergeNotice | null> => {
  if (conflicts.length === 0) return null;
  const { applyMine, describeConflict } = await importRetrying(
    () => import('../domain/history/merge-conflicts'),
  );
  const names = [...new Set(conflicts.map((c) => describeConflict(c, document)))];
  return {
    message: `Another tab changed ${list(names)} at the same time as this tab. The other tab’s ${names.length === 1 ? 'value is' : 'values are'} kept; yours ${names.length === 1 ? 'was' : 'were'} set aside.`,
    actions: [
      {
        label: `Use this tab’s ${names.length === 1 ? 'value' : 'values'}`,
        onAction: () => change((current) => applyMine(current, conflicts)),
      },
    ],
  };
};

/**
 * What the person hears after this tab merged its work with a save of
 * another tab, besides a conflict (conflictNotice). A merge where each side
 * changed different things says nothing: nothing was lost. Each message
 * names what it is about.
 */
export const mergeNotices = ({ document, kept, overflow }: ThreeWayMerge): MergeNotice[] => {
  const notices: MergeNotice[] = [];
  const deletedHere = kept.filter((k) => k.deletedBy === 'mine').map((k) => k.company);
  if (deletedHere.length > 0) {
    notices.push({
      message: `${list(deletedHere)} ${deletedHere.length === 1 ? 'was' : 'were'} changed in another tab while you deleted ${deletedHere.length === 1 ? 'it' : 'them'} here, so ${deletedHere.length === 1 ? 'it is' : 'they are'} kept.`,
    });
  }
  const deletedThere = kept.filter((k) => k.deletedBy === 'theirs').map((k) => k.company);
  if (deletedThere.length > 0) {
    notices.push({
      message: `${list(deletedThere)} ${deletedThere.length === 1 ? 'was' : 'were'} deleted in another tab while you changed ${deletedThere.length === 1 ? 'it' : 'them'} here, so ${deletedThere.length === 1 ? 'it is' : 'they are'} kept.`,
    });
  }
  if (overflow.length > 0) {
    const file = () => createDocument({ settings: document.settings, offers: overflow });
    notices.push({
      message: `Tradeoff holds at most ${MAX_OFFERS} offers, so ${list(overflow.map((o) => o.company))}, added in this tab, did not fit next to the offers another tab added. Download them to import them later.`,
      actions: [
        {
          label: 'Download them',
          onAction: () =>
            downloadFile(
              datedFileName('tradeoff-not-kept', 'json'),
              `${JSON.stringify(file(), null, 2)}\n`,
              'application/json',
            ),
        },
      ],
    });
  }
  return notices;
};

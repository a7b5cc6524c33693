import {
  applyMine,
  MAX_OFFERS,
  createDocument,
  describeConflict,
  type ThreeWayMerge,
  type TradeoffDocument,
} from '../domain/core';
import type { NoticeAction } from '../store/notices';
import { datedFileName, downloadFile } from './downloads';
import { listOf } from '../lib/list';

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

/**
 * What the person hears after this tab merged its work with a save of
 * another tab. A merge where each side changed different things says
 * nothing: nothing was lost. Each message names what it is about.
 */
export const mergeNotices = (
  { document, conflicts, kept, overflow }: ThreeWayMerge,
  change: (recipe: (current: TradeoffDocument) => TradeoffDocument) => void,
): MergeNotice[] => {
  const notices: MergeNotice[] = [];
  if (conflicts.length > 0) {
    const names = [...new Set(conflicts.map((c) => describeConflict(c, document)))];
    notices.push({
      message: `Another tab changed ${list(names)} at the same time as this tab. The other tab’s ${names.length === 1 ? 'value is' : 'values are'} kept; yours ${names.length === 1 ? 'was' : 'were'} set aside.`,
      actions: [
        {
          label: `Use this tab’s ${names.length === 1 ? 'value' : 'values'}`,
          onAction: () => change((current) => applyMine(current, conflicts)),
        },
      ],
    });
  }
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

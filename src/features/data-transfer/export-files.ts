import type { TradeoffDocument } from '../../domain/document/schema';
import type * as CsvModule from '../../domain/fields/csv';
import type { TaxRules } from '../../domain/tax/rules';
import { datedFileName, downloadFile } from '../../storage/downloads';
import type { Notify } from '../../store/notices';
import { importRetrying } from '../../lib/import-retrying';

/** The full document, pretty-printed: the file Import reads back. */
export const exportJson = (document: TradeoffDocument, notify: Notify): void => {
  const name = datedFileName('tradeoff', 'json');
  downloadFile(name, `${JSON.stringify(document, null, 2)}\n`, 'application/json');
  notify({ message: `Exported ${name}`, tone: 'success' });
};

/**
 * One row per offer for spreadsheets. The CSV writer loads when first asked
 * for, so it weighs nothing on the first render.
 */
export const exportCsv = async (
  document: TradeoffDocument,
  notify: Notify,
  rules?: TaxRules,
): Promise<void> => {
  let csv: typeof CsvModule;
  try {
    csv = await importRetrying(() => import('../../domain/fields/csv'));
  } catch {
    notify({
      message: 'Export CSV could not load. Try again.',
      tone: 'error',
    });
    return;
  }
  const name = datedFileName('tradeoff', 'csv');
  // The byte-order mark makes spreadsheet apps read the file as UTF-8 (é, ü, 北京).
  downloadFile(name, `\uFEFF${csv.documentToCsv(document, rules)}`, 'text/csv;charset=utf-8');
  notify({ message: `Exported ${name}`, tone: 'success' });
};

/** A stored value as it is, e.g. the backup of unreadable data. */
export const downloadRaw = (stem: string, raw: string, notify: Notify): void => {
  const name = datedFileName(stem, 'json');
  downloadFile(name, raw, 'application/json');
  notify({ message: `Downloaded ${name}`, tone: 'success' });
};

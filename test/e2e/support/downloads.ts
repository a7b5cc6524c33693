import type { Page } from 'playwright-core';

export interface DownloadedFile {
  /** The name the app suggested, e.g. tradeoff-2026-01-15.json */
  name: string;
  /** The file's bytes decoded as UTF-8, byte-order mark included. */
  text: string;
}

/**
 * Runs `trigger` and returns the file it made the browser download. Read through a stream,
 * because the browser is reached over a socket and its download folder is not ours.
 */
export async function captureDownload(
  page: Page,
  trigger: () => Promise<void>,
): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk));
  const failure = await download.failure();
  if (failure)
    throw new Error(`The download of ${download.suggestedFilename()} failed: ${failure}`);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

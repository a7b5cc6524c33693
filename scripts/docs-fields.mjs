#!/usr/bin/env node
// Rewrites the table of offer fields in docs/data-format.md from the field registry and the
// schema (src/domain/fields/offer-fields-table.ts), so the documentation cannot drift from the
// code; src/domain/fields/offer-fields.test.ts fails while the two differ.
//
// Usage: npm run docs:fields
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

export const START = '<!-- offer-fields:start (npm run docs:fields writes this table) -->';
export const END = '<!-- offer-fields:end -->';
const DOC = 'docs/data-format.md';

// Vite loads the TypeScript module as the app would, with none of the app's build plugins.
const server = await createServer({
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { offerFieldsTable } = await server.ssrLoadModule(
    '/src/domain/fields/offer-fields-table.ts',
  );
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${DOC} has no ${START} … ${END} markers`);
  const next = `${doc.slice(0, from)}${START}\n\n${offerFieldsTable()}\n\n${doc.slice(to)}`;
  if (next === doc) console.log(`${DOC}: the table is up to date.`);
  else {
    writeFileSync(DOC, next);
    console.log(`${DOC}: the table of offer fields was rewritten.`);
  }
} finally {
  await server.close();
}

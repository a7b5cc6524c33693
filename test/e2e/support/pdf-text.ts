import { inflateSync } from 'node:zlib';

/*
 * Just enough of PDF to read back what Chromium printed: the number of pages and the text of
 * each, through the fonts' ToUnicode maps. Chromium (Skia) writes plain objects, Flate
 * streams, Type0 fonts with Identity-H encoding and hex glyph strings; nothing else is handled.
 * Skia places glyphs one by one and may leave spaces out, so compare text without whitespace.
 */

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (const match of text.matchAll(pattern)) {
    const body = match[2] ?? '';
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let start = streamAt + 'stream'.length;
    if (body[start] === '\r') start += 1;
    if (body[start] === '\n') start += 1;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = Buffer.from(body.slice(start, start + length), 'latin1');
    let stream: Buffer | null = raw;
    if (dict.includes('/FlateDecode')) {
      try {
        stream = inflateSync(raw);
      } catch {
        stream = null;
      }
    }
    objects.set(Number(match[1]), { dict, stream });
  }
  return objects;
}

/** Glyph id (hex, 4 digits) → text, from a ToUnicode CMap. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const hexText = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi))
      map.set(from!.toUpperCase().padStart(4, '0'), hexText(to!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, to] of (block[1] ?? '').matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi,
    )) {
      const first = parseInt(lo!, 16);
      const base = parseInt(to!, 16);
      for (let code = first; code <= parseInt(hi!, 16); code += 1)
        map.set(
          code.toString(16).toUpperCase().padStart(4, '0'),
          String.fromCharCode(base + code - first),
        );
    }
  }
  return map;
}

/** The text of each page of a PDF that Chromium printed. */
export function pdfPages(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const ref = (dict: string, key: string) =>
    Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const pages = [...objects.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  return pages.map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    for (const [, name, id] of fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const font = objects.get(Number(id));
      const cmap = font && objects.get(ref(font.dict, 'ToUnicode'))?.stream;
      if (cmap) fonts.set(name!, toUnicode(cmap.toString('latin1')));
    }
    const contents = objects.get(ref(page.dict, 'Contents'))?.stream?.toString('latin1') ?? '';
    let current = new Map<string, string>();
    let out = '';
    for (const [, font, hex] of contents.matchAll(/\/(\S+) [\d.]+ Tf|<([0-9a-fA-F]+)>/g)) {
      if (font) current = fonts.get(font) ?? new Map();
      else
        out += (hex!.toUpperCase().match(/.{4}/g) ?? []).map((g) => current.get(g) ?? '').join('');
    }
    return out;
  });
}

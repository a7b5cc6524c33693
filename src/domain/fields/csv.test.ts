import { makeDocument, makeOffer, makeSettings } from '../../testing/domain-factories';
import { CSV_HEADERS, csvCell, documentToCsv, toCsv } from './csv';

/** A small RFC 4180 reader, so the tests check what a spreadsheet would see. */
const readCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
};

const column = (rows: string[][], header: string) => {
  const index = rows[0]!.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return rows.slice(1).map((row) => row[index]);
};

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Acme')).toBe('Acme');
    expect(csvCell(120000)).toBe('120000');
    expect(csvCell(-5)).toBe('-5');
  });

  it('quotes text holding commas, quotes or line breaks and doubles the quotes', () => {
    expect(csvCell('Berlin, Germany')).toBe('"Berlin, Germany"');
    expect(csvCell('the "best" team')).toBe('"the ""best"" team"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\0x'])(
    'prefixes text starting like a formula (%j) with an apostrophe',
    (text) => {
      expect(csvCell(text).replace(/^"/, '').startsWith(`'${text[0]}`)).toBe(true);
    },
  );

  it('defuses and quotes a formula that also holds a comma', () => {
    expect(csvCell('=HYPERLINK("http://x",1)')).toBe('"\'=HYPERLINK(""http://x"",1)"');
  });

  it('writes empty cells for null and for numbers that are not finite', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('a,1\r\nb,2\r\n');
  });
});

describe('documentToCsv', () => {
  const document = () =>
    makeDocument({
      offers: [
        makeOffer({ id: 'a', company: 'Acme', compensation: { baseSalary: 100000 } }),
        makeOffer({ id: 'b', company: 'Globex', compensation: { baseSalary: 150000 } }),
      ],
    });

  it('writes a header and one row per offer, in the document order', () => {
    const rows = readCsv(documentToCsv(document()));
    expect(rows[0]).toEqual(CSV_HEADERS);
    expect(column(rows, 'Company')).toEqual(['Acme', 'Globex']);
    expect(column(rows, 'Base salary')).toEqual(['100000', '150000']);
  });

  it('includes every input of the offer form', () => {
    for (const label of [
      'Decision deadline',
      'Retirement match cap',
      'Vesting schedule (%)',
      'Equity risk discount (%)',
      'Company outlook',
      'Commute (minutes, one way)',
      'Flexibility',
    ]) {
      expect(CSV_HEADERS).toContain(label);
    }
  });

  it('adds factor scores, the total and the rank of each offer', () => {
    const rows = readCsv(documentToCsv(document()));
    expect(column(rows, 'Rank')).toEqual(['2', '1']);
    expect(column(rows, 'Compensation score')[1]).toBe('100');
    expect(Number(column(rows, 'Total score')[1])).toBeGreaterThan(
      Number(column(rows, 'Total score')[0]),
    );
  });

  it('leaves the scores empty for an offer that cannot be scored', () => {
    const doc = makeDocument({
      settings: makeSettings({ currency: 'USD', exchangeRates: {} }),
      offers: [makeOffer({ company: 'Euro GmbH', currency: 'EUR' })],
    });
    const rows = readCsv(documentToCsv(doc));
    expect(column(rows, 'Total score')).toEqual(['']);
    expect(column(rows, 'Rank')).toEqual(['']);
  });

  it('never lets a company name or a note run as a formula', () => {
    const doc = makeDocument({
      offers: [makeOffer({ company: '=cmd|"/c calc"!A1', notes: '@SUM(1)' })],
    });
    const rows = readCsv(documentToCsv(doc));
    expect(column(rows, 'Company')).toEqual(['\'=cmd|"/c calc"!A1']);
    expect(column(rows, 'Notes')).toEqual(["'@SUM(1)"]);
  });

  it('keeps notes with line breaks in one cell', () => {
    const doc = makeDocument({ offers: [makeOffer({ notes: 'first\r\nsecond, third' })] });
    const rows = readCsv(documentToCsv(doc));
    expect(rows).toHaveLength(2);
    expect(column(rows, 'Notes')).toEqual(['first\r\nsecond, third']);
  });
});

describe('the CSV’s pay per year', () => {
  const offers = [
    makeOffer({
      id: 'a',
      company: 'Acme',
      tax: { place: null, effectiveRatePct: 30 },
      compensation: { baseSalary: 100_000, annualRaisePct: 0 },
    }),
  ];

  it('names its basis, span and currency in its header, before tax', () => {
    const rows = readCsv(documentToCsv(makeDocument({ offers, settings: { horizonYears: 3 } })));
    const header = 'Pay per year, before tax (3-year average, cost-of-living adjusted, USD)';
    expect(column(rows, header)).toEqual(['100000']);
  });

  it('is after tax, and says so, when the offers are compared after tax', () => {
    const settings = { horizonYears: 3, compareOn: 'net' as const };
    const rows = readCsv(documentToCsv(makeDocument({ offers, settings })));
    const header = 'Pay per year, after tax (3-year average, cost-of-living adjusted, USD)';
    expect(column(rows, header)).toEqual(['70000']);
  });
});

import { datedFileName, downloadFile } from './downloads';

describe('datedFileName', () => {
  it('names the file after the local date', () => {
    expect(datedFileName('tradeoff', 'json', new Date(2026, 0, 5, 23, 59))).toBe(
      'tradeoff-2026-01-05.json',
    );
  });
});

describe('downloadFile', () => {
  it('hands the content to the browser as a named download', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:test';
      },
      revokeObjectURL: () => {},
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });

    downloadFile('tradeoff-2026-01-05.csv', 'a,b\r\n', 'text/csv');

    expect(names).toEqual(['tradeoff-2026-01-05.csv']);
    expect(await blobs[0]?.text()).toBe('a,b\r\n');
    expect(blobs[0]?.type).toBe('text/csv');
    click.mockRestore();
    vi.unstubAllGlobals();
  });
});

/** Test helper: catches files handed to the browser's downloads. */
export interface CaughtDownload {
  name: string;
  type: string;
  /** Decoded as UTF-8, which drops a leading byte-order mark. */
  text: () => Promise<string>;
  bytes: () => Promise<Uint8Array>;
}

export const catchDownloads = () => {
  const downloads: CaughtDownload[] = [];
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.stubGlobal('URL', {
    ...URL,
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${next++}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => {},
  });
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (!blob) return;
    downloads.push({
      name: this.download,
      type: blob.type,
      text: () => blob.text(),
      bytes: async () => new Uint8Array(await blob.arrayBuffer()),
    });
  });
  return {
    downloads,
    restore: () => {
      click.mockRestore();
      vi.unstubAllGlobals();
    },
  };
};

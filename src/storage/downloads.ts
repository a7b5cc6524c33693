const pad = (n: number) => String(n).padStart(2, '0');

/** `tradeoff-2026-11-25.json`, in the person's own calendar (local date). */
export const datedFileName = (stem: string, extension: string, date = new Date()): string =>
  `${stem}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;

/** Hands a file to the browser's downloads. Nothing leaves the machine. */
export const downloadFile = (fileName: string, content: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

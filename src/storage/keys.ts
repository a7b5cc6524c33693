/** Every localStorage key Tradeoff uses, in one place. */
export const STORAGE_KEYS = {
  document: 'tradeoff:document',
  backup: 'tradeoff:document-backup',
  theme: 'tradeoff:theme',
} as const;

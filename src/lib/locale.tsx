import { createContext, useContext } from 'react';

/**
 * The locale whose decimal and grouping marks number inputs read and write.
 * Undefined means the browser's own; tests set one to check other locales.
 */
const LocaleContext = createContext<string | undefined>(undefined);

export const LocaleProvider = LocaleContext.Provider;

export const useLocale = (): string | undefined => useContext(LocaleContext);

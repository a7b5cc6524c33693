import { STORAGE_KEYS } from './keys';

export type ThemePreference = 'light' | 'dark' | 'system';

const isTheme = (value: unknown): value is ThemePreference =>
  value === 'light' || value === 'dark' || value === 'system';

/** The remembered theme; 'system' when none is stored or storage is unavailable. */
export const loadThemePreference = (): ThemePreference => {
  try {
    const value = window.localStorage.getItem(STORAGE_KEYS.theme);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system';
  }
};

/** Best effort: a theme that cannot be remembered is not worth a warning. */
export const saveThemePreference = (theme: ThemePreference): void => {
  try {
    if (theme === 'system') window.localStorage.removeItem(STORAGE_KEYS.theme);
    else window.localStorage.setItem(STORAGE_KEYS.theme, theme);
  } catch {
    // Storage disabled or full: the theme still applies for this visit.
  }
};

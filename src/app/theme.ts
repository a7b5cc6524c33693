import { useEffect, useState } from 'react';
import {
  loadThemePreference,
  saveThemePreference,
  type ThemePreference,
} from '../storage/theme-preference';

const darkQuery = () =>
  typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null;

export const resolveTheme = (preference: ThemePreference): 'light' | 'dark' =>
  preference === 'system' ? (darkQuery()?.matches ? 'dark' : 'light') : preference;

/** Sets the theme on <html> so the CSS tokens switch. */
export const applyTheme = (preference: ThemePreference) => {
  document.documentElement.dataset.theme = resolveTheme(preference);
};

/** The theme preference, remembered across visits, following the system until chosen. */
export const useTheme = () => {
  const [preference, setPreference] = useState<ThemePreference>(loadThemePreference);

  useEffect(() => {
    applyTheme(preference);
    if (preference !== 'system') return;
    const query = darkQuery();
    const onChange = () => applyTheme('system');
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, [preference]);

  const choose = (next: ThemePreference) => {
    saveThemePreference(next);
    setPreference(next);
  };
  return { preference, resolved: resolveTheme(preference), choose };
};

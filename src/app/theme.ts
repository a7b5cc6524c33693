import { useEffect, useState } from 'react';
import {
  loadThemePreference,
  saveThemePreference,
  type ThemePreference,
} from '../storage/theme-preference';

const darkQuery = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null;

export const resolveTheme = (preference: ThemePreference): 'light' | 'dark' =>
  preference === 'system' ? (darkQuery()?.matches ? 'dark' : 'light') : preference;

/** The page's background in each theme (tokens.css): the browser's bars and the installed app's. */
const THEME_COLOR = { light: '#f5f6f8', dark: '#0e1116' };

/** Sets the theme on <html> so the CSS tokens switch, and the browser's colour with it. */
export const applyTheme = (preference: ThemePreference) => {
  const theme = resolveTheme(preference);
  document.documentElement.dataset.theme = theme;
  // index.html names a colour per system theme; a theme chosen here overrides both.
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]'))
    meta.content = THEME_COLOR[theme];
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

import { useEffect, useState, useSyncExternalStore } from 'react';
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

const followSystem = (onChange: () => void) => {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};
const systemTheme = () => resolveTheme('system');
// The build's prerendered page (static-shell.tsx) knows no visitor's theme and is drawn light: a
// page hydrated from it starts so, and React draws it again in the visitor's own at once.
const builtTheme = () => 'light' as const;

/** The theme preference, remembered across visits, following the system until chosen. */
export const useTheme = () => {
  const [preference, setPreference] = useState<ThemePreference>(loadThemePreference);
  const system = useSyncExternalStore(followSystem, systemTheme, builtTheme);
  const hydrating = useSyncExternalStore(
    followSystem,
    () => false,
    () => true,
  );

  useEffect(() => {
    applyTheme(preference);
  }, [preference, system]);

  const choose = (next: ThemePreference) => {
    saveThemePreference(next);
    setPreference(next);
  };
  const resolved = hydrating ? builtTheme() : preference === 'system' ? system : preference;
  return { preference, resolved, choose };
};

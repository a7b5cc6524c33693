import '../components/button.css';
import { useTheme } from './theme';

/** One button that flips between light and dark; the choice is remembered. */
export function ThemeToggle() {
  const { resolved, choose } = useTheme();
  const next = resolved === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button theme-toggle"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => choose(next)}
    >
      <span aria-hidden="true">{resolved === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}

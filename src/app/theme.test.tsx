import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDocument } from '../domain';
import { createAppState } from '../store/app-state';
import { App } from './app';

describe('the browser colour', () => {
  it('follows the theme chosen in the app, whatever the system theme', async () => {
    // As in index.html: one colour per system theme.
    for (const [content, media] of [
      ['#f5f6f8', '(prefers-color-scheme: light)'],
      ['#0e1116', '(prefers-color-scheme: dark)'],
    ]) {
      const meta = document.createElement('meta');
      Object.assign(meta, { name: 'theme-color', content, media });
      document.head.append(meta);
    }
    const colours = () =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map(
        (meta) => meta.content,
      );
    render(<App app={createAppState({ document: createDocument() })} />);
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(colours()).toEqual(['#0e1116', '#0e1116']);
    await user.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(colours()).toEqual(['#f5f6f8', '#f5f6f8']);
  });
});

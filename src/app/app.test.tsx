import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDocument } from '../domain';
import { createDocumentStore } from '../store/document-store';
import { App } from './app';

const renderApp = () => render(<App store={createDocumentStore(createDocument())} />);

describe('App shell', () => {
  it('shows the product name as the main heading', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Tradeoff' })).toBeInTheDocument();
  });

  it('switches between light and dark theme from the header', async () => {
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await userEvent.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

import { render, screen } from '@testing-library/react';
import { App } from './app';

describe('App shell', () => {
  it('shows the product name as the main heading', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Tradeoff' })).toBeInTheDocument();
  });
});

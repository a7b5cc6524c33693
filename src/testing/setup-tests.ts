import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearNotices } from '../store/notices';

afterEach(() => {
  cleanup();
  clearNotices();
});

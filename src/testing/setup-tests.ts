import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy and waitFor wait for what a person would see; on a 2-core machine running two suites at
// once a render can take seconds. A ceiling, not a measure: they return as soon as it shows.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Unmount every rendered tree between tests (no vitest globals, so testing-library cannot hook itself).
afterEach(() => {
  cleanup();
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { coverage } from '../../vitest.coverage.ts';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    coverage,
  },
});

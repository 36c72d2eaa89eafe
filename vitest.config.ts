import {defineConfig} from "vitest/config";

// Timeouts are sized for a loaded 2-core machine (CI, or a developer running other work): a test that spawns the CLI,
// starts an extraction worker thread or opens a warehouse may take seconds there. Speed is measured by
// `npm run bench`, never asserted by a test.
export default defineConfig({
  test: {
    // Both cores: on this 2-core machine vitest's default ran one test file at a time (the whole suite 736 s); two
    // at once take 555 s, every test passing.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

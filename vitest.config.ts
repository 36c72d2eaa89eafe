import {defineConfig} from "vitest/config";

// A refresh extracts in a worker thread (so a runaway file can be stopped), whose start costs a second or more on a
// busy machine: 5 s per test is too tight for anything that refreshes. No test asserts wall time (see `npm run bench`).
export default defineConfig({
  test: {testTimeout: 60_000, hookTimeout: 60_000},
});

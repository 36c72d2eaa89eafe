/** Where `refresh` and `query` look when not told: relative to the working directory, as a user expects of a CLI. */
export const DEFAULTS = {
  input: "data/raw",
  db: "data/warehouse.duckdb",
  buildDir: "data/build",
  exports: "data/exports",
};

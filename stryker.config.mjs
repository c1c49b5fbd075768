// Mutation testing: `npm run test:mutation` plants small bugs in the domain modules and counts how many the unit and
// integration tests kill. Too slow for CI's budget; run it before a release or after changing a module's tests.
// One module: `npm run test:mutation -- --mutate "lib/search/**/*.ts"`. Results are reused between runs (incremental).
// A module whose tests need a database: name them with `--testFiles` so that each mutant reruns only those files, one
// runner on PostgreSQL (the test template database is shared), e.g.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/navigator_mutation npm run test:mutation -- --concurrency 1 \
//     --mutate lib/admin/kinds.ts --testFiles lib/admin/kinds.test.ts,lib/admin/kinds.links.test.ts \
//     --incrementalFile reports/mutation/kinds.json

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.config.ts", related: true },
  coverageAnalysis: "perTest",
  // Module-level constants are evaluated once per test file; their mutants would need a full rerun each.
  ignoreStatic: true,
  mutate: [
    "lib/{auth,admin,search,share,csv,coverage,rate-limit}/**/*.ts",
    "!lib/**/*.test.ts",
    "!lib/**/testing/**",
    "!lib/share/og/**",
  ],
  concurrency: 2,
  timeoutMS: 30_000,
  incremental: true,
  incrementalFile: "reports/mutation/incremental.json",
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  ignorePatterns: [".next", ".data", "reports", "test-results", "playwright-report", "e2e"],
  thresholds: { high: 85, low: 70, break: null },
};

export default config;

import { afterAll, beforeAll } from "vitest";
import { type TestDatabase, createTestDatabase } from "./test-database";

/**
 * A database of its own for the test file that calls this at its top level (or in a describe): opened before the
 * first test, closed after the last. Read `.prisma` and `.queryCount()` inside tests and later hooks.
 */
export function setupTestDatabase(options: { empty?: boolean } = {}): TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(options);
  });
  afterAll(() => database?.close());
  const opened = () => {
    if (!database) throw new Error("the test database is opened in beforeAll: use it inside tests and hooks");
    return database;
  };
  return {
    get url() {
      return opened().url;
    },
    get prisma() {
      return opened().prisma;
    },
    queryCount: () => opened().queryCount(),
    close: () => opened().close(),
  };
}

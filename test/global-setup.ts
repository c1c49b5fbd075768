import { dropServerTemplate, prepareServerTemplate } from "@/lib/db/test-database";

// On a PostgreSQL server, migrate and seed once; each test file then copies the template.
export async function setup(): Promise<void> {
  if (process.env.DATABASE_URL) await prepareServerTemplate(process.env.DATABASE_URL);
}

export async function teardown(): Promise<void> {
  if (process.env.DATABASE_URL) await dropServerTemplate(process.env.DATABASE_URL);
}

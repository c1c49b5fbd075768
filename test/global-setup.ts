import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { env } from "@/lib/env";
import { dropServerTemplate, prepareEmbeddedTemplate, prepareServerTemplate } from "@/lib/db/test-database";

// Migrate and seed once; each test file then copies the template (a database on the server, or a PGlite dump that
// test workers find through EMBEDDED_TEST_TEMPLATE).
let templateDir: string | undefined;

export async function setup(): Promise<void> {
  const serverUrl = env().DATABASE_URL;
  if (serverUrl) return prepareServerTemplate(serverUrl);
  templateDir = mkdtempSync(path.join(tmpdir(), "navigator-test-"));
  const file = path.join(templateDir, "template.tar");
  await prepareEmbeddedTemplate(file);
  process.env.EMBEDDED_TEST_TEMPLATE = file;
}

export async function teardown(): Promise<void> {
  const serverUrl = env().DATABASE_URL;
  if (serverUrl) await dropServerTemplate(serverUrl);
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
}

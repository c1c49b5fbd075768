import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { readCsv } from "@/lib/csv/read";
import { setupTestDatabase } from "@/lib/db/setup-test-database";
import { tableColumns, dataPackageStream } from "./package";
import { FLAG_TERMS } from "./taxonomies";
import { assertValid, hsdsValidators } from "./testing/hsds-validator";
import { readFileSync } from "node:fs";
import path from "node:path";

const database = setupTestDatabase();

type Field = { name: string; type: string };
type Resource = { name: string; path: string; schema: { fields: Field[] } };

async function download(): Promise<Record<string, Uint8Array>> {
  const bytes = new Uint8Array(
    await new Response(dataPackageStream(database.prisma, "http://navigator.test")).arrayBuffer(),
  );
  return unzipSync(bytes);
}

describe("the HSDS data package", () => {
  it("holds datapackage.json and one CSV per table; every column and row matches the standard's table", async () => {
    const files = await download();
    const descriptor = JSON.parse(strFromU8(files["datapackage.json"]!)) as {
      licenses: { name: string }[];
      resources: Resource[];
    };
    expect(descriptor.licenses[0]!.name).toBe("CC-BY-4.0");
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f.endsWith(".csv"))
        .sort(),
    );
    const { ajv } = hsdsValidators();
    const counts: Record<string, number> = {};
    for (const resource of descriptor.resources) {
      const standard = JSON.parse(
        readFileSync(path.join(process.cwd(), "lib/opendata/standard", `${resource.name}.json`), "utf8"),
      );
      const columns = tableColumns(standard);
      // The table description: the standard's one-to-one fields, in its order, with its types.
      expect(
        resource.schema.fields.map((f) => f.name),
        resource.name,
      ).toEqual(columns);
      const read = readCsv(strFromU8(files[resource.path]!));
      if (!read.ok) throw new Error(`${resource.path}: ${read.error.code}`);
      const header = read.header.cells;
      const rows = read.rows.map((r) => r.cells);
      expect(header, resource.path).toEqual(columns);
      counts[resource.name] = rows.length;
      const validate = ajv.getSchema(`${resource.name}.json`)!;
      const ids = new Set<string>();
      for (const row of rows) {
        expect(row, resource.path).toHaveLength(columns.length);
        const record: Record<string, unknown> = {};
        const required = new Set<string>(standard.required ?? []);
        resource.schema.fields.forEach((field, i) => {
          // An empty cell is an absent value, or an empty string where the standard requires the field.
          if (row[i] === "" && required.has(field.name) && field.type === "string") record[field.name] = "";
          else if (row[i] !== "") record[field.name] = field.type === "number" ? Number(row[i]) : row[i];
        });
        assertValid(validate, record, `${resource.path} row ${JSON.stringify(record).slice(0, 120)}`);
        ids.add(String(record.id));
      }
      expect(ids.size, `${resource.path}: unique ids`).toBe(rows.length);
    }
    const published = await database.prisma.organization.count({ where: { status: "PUBLISHED", deletedAt: null } });
    expect(counts.organization).toBe(published);
    expect(counts.service).toBeGreaterThanOrEqual(published);
    expect(counts.service_area).toBeGreaterThan(0);
    expect(counts.taxonomy).toBe(3);
  });

  it("flags every sample organization and each of its services with the sample-record attribute", async () => {
    const files = await download();
    const rows = (file: string) => {
      const read = readCsv(strFromU8(files[file]!));
      if (!read.ok) throw new Error(file);
      const header = read.header.cells;
      return read.rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i]!])));
    };
    const flagged = new Set(
      rows("attributes.csv")
        .filter((a) => a.taxonomy_term_id === FLAG_TERMS.sample.id && a.value === "true")
        .map((a) => a.link_id),
    );
    const samples = await database.prisma.organization.findMany({
      where: { status: "PUBLISHED", deletedAt: null, isSample: true },
    });
    expect(samples.length).toBeGreaterThan(0);
    for (const org of samples) expect(flagged.has(org.uuid), org.slug).toBe(true);
    const sampleIds = new Set(samples.map((o) => o.uuid));
    for (const service of rows("services.csv").filter((x) => sampleIds.has(x.organization_id!))) {
      expect(flagged.has(service.id), service.name).toBe(true);
    }
    expect(rows("taxonomy_terms.csv").some((t) => t.id === FLAG_TERMS.sample.id)).toBe(true);
  });

  it("leaves out draft and deleted needs and modes", async () => {
    const need = await database.prisma.need.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
    const mode = await database.prisma.interventionMode.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
    await database.prisma.need.update({ where: { id: need.id }, data: { status: "DRAFT" } });
    await database.prisma.interventionMode.update({ where: { id: mode.id }, data: { deletedAt: new Date() } });
    try {
      const files = await download();
      for (const [name, bytes] of Object.entries(files)) {
        const text = strFromU8(bytes);
        expect(text, name).not.toContain(need.uuid);
        expect(text, name).not.toContain(mode.uuid);
      }
    } finally {
      await database.prisma.need.update({ where: { id: need.id }, data: { status: need.status } });
      await database.prisma.interventionMode.update({ where: { id: mode.id }, data: { deletedAt: null } });
    }
  });

  it("leaves out drafts and deleted organizations", async () => {
    const [draft, deleted] = await database.prisma.organization.findMany({ take: 2, orderBy: { id: "asc" } });
    await database.prisma.organization.update({ where: { id: draft!.id }, data: { status: "DRAFT" } });
    await database.prisma.organization.update({ where: { id: deleted!.id }, data: { deletedAt: new Date() } });
    const files = await download();
    for (const file of ["organizations.csv", "services.csv", "attributes.csv", "phones.csv", "metadata.csv"]) {
      const text = strFromU8(files[file]!);
      expect(text, file).not.toContain(draft!.uuid);
      expect(text, file).not.toContain(deleted!.uuid);
    }
  });
});

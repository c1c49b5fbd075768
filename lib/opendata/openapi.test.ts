import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_LICENCE } from "./licence";
import { openApiDocument } from "./openapi";
import { listParamsSchema } from "./params";
import standard from "./standard/openapi.json";

type Json = Record<string, unknown>;
type Parameter = { name: string; in: string; description?: string; schema?: Json };

const doc = openApiDocument("https://navigator.test") as Json & {
  openapi: string;
  info: Json & { license: Json };
  servers: { url: string }[];
  paths: Record<string, Record<string, { parameters?: Json[]; responses?: Json }>>;
};

/** Follows a local `#/...` reference inside the document. */
function resolve(ref: string): unknown {
  expect(ref.startsWith("#/"), ref).toBe(true);
  return ref
    .slice(2)
    .split("/")
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
}
function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else refs(value, found);
    }
  }
  return found;
}
const parameters = (operation: { parameters?: Json[] }) =>
  (operation.parameters ?? []).map((p) => (typeof p.$ref === "string" ? resolve(p.$ref) : p) as Parameter);
/** Each operation, with the parameters of its path item added to its own. */
const operations = () =>
  Object.entries(doc.paths).flatMap(([route, item]) =>
    Object.entries(item)
      .filter(([method]) => method !== "parameters")
      .map(([method, operation]) => ({
        route,
        method,
        operation: {
          ...operation,
          parameters: [...((item.parameters as unknown as Json[] | undefined) ?? []), ...(operation.parameters ?? [])],
        },
      })),
  );

describe("the OpenAPI document of /api/hsds/", () => {
  it("is an OpenAPI 3.1 document whose required fields are there and whose local references all resolve", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(JSON.stringify(doc)).not.toMatch(/REQUIRED --|YOUR CONTACT|HERE"/);
    // OpenAPI 3.1: a licence has a name and either an SPDX identifier or a url, never both.
    expect(doc.info.license).toEqual({ name: DATA_LICENCE.name, identifier: DATA_LICENCE.id });
    expect(doc.servers).toEqual([{ url: "https://navigator.test/api/hsds" }]);
    for (const ref of refs(doc).filter((r) => r.startsWith("#"))) expect(resolve(ref), ref).toBeDefined();
    for (const { route, method, operation } of operations()) {
      expect(method, route).toBe("get");
      expect(Object.keys(operation.responses ?? {}), route).toContain("200");
      const params = parameters(operation);
      for (const p of params) {
        expect(p.name, route).toBeTruthy();
        expect(["query", "path", "header", "cookie"], route).toContain(p.in);
      }
      const templated = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(
        params.filter((p) => p.in === "path").map((p) => p.name),
        route,
      ).toEqual(templated);
    }
  });

  it("keeps the standard's paths and responses, less /service_at_locations, and adds the data package", () => {
    const served = Object.keys(standard.paths).filter((p) => !p.startsWith("/service_at_locations"));
    expect(Object.keys(doc.paths).sort()).toEqual([...served, "/datapackage.zip"].sort());
    for (const route of served) {
      const ours = doc.paths[route]!.get!;
      const theirs = (standard.paths as Record<string, { get: { responses: Json } }>)[route]!.get;
      expect(ours.responses, route).toEqual(theirs.responses);
    }
  });

  it("documents only parameters the API reads, and says what it does with the standard's it does not support", () => {
    const known = new Set(Object.keys(listParamsSchema.shape));
    for (const { route, operation } of operations()) {
      for (const p of parameters(operation).filter((q) => q.in === "query")) {
        if (!known.has(p.name)) {
          // A standard parameter we leave alone says so.
          expect(p.description, `${route} ${p.name}`).toMatch(/Ignored/);
        }
      }
    }
    const list = parameters(operations().find((o) => o.route === "/organizations")!.operation);
    expect(list.map((p) => p.name)).toEqual(expect.arrayContaining(["need", "region"]));
    const full = list.find((p) => p.name === "full")!;
    expect(full.description).toMatch(/Only `false`/);
  });

  it("is served, with a CORS preflight, for every path it lists", () => {
    for (const route of Object.keys(doc.paths)) {
      const folder = route.replace(/\{id\}/, "[id]").replace(/\/$/, "");
      const file = path.join(process.cwd(), "app/api/hsds", folder, "route.ts");
      expect(existsSync(file), file).toBe(true);
      const text = readFileSync(file, "utf8");
      expect(text, file).toMatch(/export const GET\b/);
      expect(text, file).toMatch(/export const OPTIONS\b/);
    }
  });
});

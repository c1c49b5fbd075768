import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";

// The standard's own JSON schemas (lib/opendata/standard, copied unchanged) compiled with ajv, formats on.
// Each object schema is registered under its file name, as the schemas refer to each other that way.

const dir = path.join(process.cwd(), "lib/opendata/standard");
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;

function build() {
  // The schemas carry table-description keywords (name, constraints, core, ...): not strict about those.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "openapi.json")) {
    ajv.addSchema(read(file), file);
  }
  const page = (read("openapi.json") as { components: { schemas: { Page: Record<string, unknown> } } }).components
    .schemas.Page;
  const envelope = (items: Record<string, unknown>) => ({
    ...page,
    required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
    properties: { ...(page.properties as object), contents: { type: "array", items } },
  });
  const compiled = (file: string) => read(`compiled/${file}`);
  return {
    organization: ajv.getSchema("organization.json")!,
    organizationPage: ajv.compile(envelope(compiled("organization_list.json"))),
    service: ajv.compile(compiled("service_with_definitions.json")),
    servicePage: ajv.compile(envelope(compiled("service_list.json"))),
    taxonomy: ajv.getSchema("taxonomy.json")!,
    taxonomyPage: ajv.compile(envelope({ $ref: "taxonomy.json" })),
    taxonomyTerm: ajv.getSchema("taxonomy_term.json")!,
    taxonomyTermPage: ajv.compile(envelope({ $ref: "taxonomy_term.json" })),
    root: ajv.compile(
      (
        read("openapi.json") as {
          paths: { "/": { get: { responses: { "200": { content: { "application/json": { schema: object } } } } } } };
        }
      ).paths["/"].get.responses["200"].content["application/json"].schema,
    ),
    ajv,
  };
}

let cache: ReturnType<typeof build> | undefined;
export const hsdsValidators = () => (cache ??= build());

/** Throws with ajv's messages when `data` does not validate. */
export function assertValid(validate: ValidateFunction, data: unknown, what: string): void {
  if (!validate(data)) {
    throw new Error(`${what} does not validate: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
  }
}

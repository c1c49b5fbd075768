import standard from "./standard/openapi.json";
import { DATA_LICENCE, HSDS_VERSION } from "./licence";
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from "./params";

// /api/hsds/openapi.json: the standard's OpenAPI document with our information, server, the paths we serve
// (not /service_at_locations) and our extra parameters.

const SERVED = [
  "/",
  "/organizations",
  "/organizations/{id}",
  "/services",
  "/services/{id}",
  "/taxonomies",
  "/taxonomies/{id}",
  "/taxonomy_terms",
  "/taxonomy_terms/{id}",
];
const LISTS = ["/organizations", "/services"];

/** What this API does with the standard's parameters that it does not fully support. */
const LIMITS = {
  full: "Only `false` is accepted: a list holds one-to-one fields; `GET /services/{id}` gives a service in full.",
  full_service:
    "Ignored: `GET /organizations/{id}` nests the organization's services as list items; `GET /services/{id}` gives each in full.",
  minimal: "Accepted; changes nothing (a list item already holds only one-to-one fields).",
  format: "Only `json`.",
};

type Operation = { parameters?: Record<string, unknown>[]; [key: string]: unknown };

export function openApiDocument(origin: string): Record<string, unknown> {
  const paths = Object.fromEntries(
    Object.entries(standard.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => SERVED.includes(path))
      .map(([path, item]) => {
        if (!LISTS.includes(path)) return [path, item];
        const get = item.get as Operation;
        return [
          path,
          {
            ...item,
            get: {
              ...get,
              parameters: [
                ...(get.parameters ?? []),
                { $ref: "#/components/parameters/x_need" },
                { $ref: "#/components/parameters/x_region" },
              ],
            },
          },
        ];
      }),
  );
  paths["/datapackage.zip"] = {
    get: {
      summary: "The whole published directory as an HSDS tabular data package (zip of datapackage.json and CSVs).",
      operationId: "getDataPackage",
      responses: { "200": { description: "A zip file.", content: { "application/zip": {} } } },
    },
  };
  return {
    ...standard,
    info: {
      title: "公益导航 Resource Navigator — HSDS API",
      version: `${HSDS_VERSION}.0`,
      summary: "Open Referral HSDS 3.0 API of the directory of resources for rural left-behind children.",
      description: `Published records only. Pages: per_page 1–${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}). Bad parameters answer 400 with a JSON error body; clients are rate-limited (429 with Retry-After). Attribution: ${DATA_LICENCE.attributionEn}. Mapping: ${origin}/data.`,
      contact: { name: "公益导航 Resource Navigator", url: `${origin}/data` },
      license: { name: DATA_LICENCE.name, identifier: DATA_LICENCE.id },
    },
    servers: [{ url: `${origin}/api/hsds` }],
    paths,
    components: {
      ...standard.components,
      parameters: {
        ...standard.components.parameters,
        ...Object.fromEntries(
          Object.entries(LIMITS).map(([name, limit]) => {
            const parameter = standard.components.parameters[name as keyof typeof LIMITS];
            return [name, { ...parameter, description: `${parameter.description} ${limit}` }];
          }),
        ),
        x_need: {
          name: "need",
          in: "query",
          required: false,
          description: "Extension: organizations (or services) that meet this need, by the need's slug.",
          schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
        },
        x_region: {
          name: "region",
          in: "query",
          required: false,
          description: "Extension: a GB/T 2260 region code; matches that region and everything inside it.",
          schema: { type: "string", pattern: "^\\d{6}$" },
        },
      },
    },
  };
}

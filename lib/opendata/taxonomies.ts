import { derivedUuid } from "./ids";

/**
 * Our own taxonomies, as HSDS `taxonomy` objects: the children's needs and the intervention modes (their
 * terms are the need and mode records, whose ids are the records' stored uuids), and a small one of
 * directory flags used by `attribute` objects (sample record, accepts donations).
 */
export const TAXONOMIES = {
  need: {
    id: derivedUuid("taxonomy", "need"),
    name: "公益导航·留守儿童需求 / Resource Navigator: needs of left-behind children",
    description:
      "这个目录自己的需求分类，参考沃启基金会的报告。The directory's own classification of the needs of rural left-behind children, informed by the Woqi Foundation's report.",
    version: "1",
  },
  mode: {
    id: derivedUuid("taxonomy", "mode"),
    name: "公益导航·干预模式 / Resource Navigator: intervention modes",
    description:
      "满足需求的项目模式（如村级儿童之家、驻校社工）。Programme models that meet those needs (village children's centres, school social workers ...).",
    version: "1",
  },
  flag: {
    id: derivedUuid("taxonomy", "flag"),
    name: "公益导航·目录标记 / Resource Navigator: directory flags",
    description:
      "记录级标记，作为 attribute 使用。Record-level flags carried as HSDS attributes (sample record, accepts donations).",
    version: "1",
  },
} as const;

export type TaxonomyKey = keyof typeof TAXONOMIES;

/** The flag terms: fixed ids, documented in docs/hsds-mapping.md. */
export const FLAG_TERMS = {
  sample: {
    id: derivedUuid("taxonomy_term", "flag", "sample"),
    code: "sample-record",
    name: "示例数据 / Sample record",
    description:
      "虚构的示例记录，不是真实机构，请勿据此联系或捐款。An invented sample record, not a real body: do not contact or donate on its basis.",
  },
  donations: {
    id: derivedUuid("taxonomy_term", "flag", "donations"),
    code: "accepts-donations",
    name: "接受捐赠 / Accepts donations",
    description:
      "机构接受捐赠；value 为捐赠方式说明。The organization accepts donations; the value says how to donate.",
  },
} as const;

export type FlagKey = keyof typeof FLAG_TERMS;

/**
 * The one statement of the open data's licence and how to attribute it (docs/decisions/033). The API's root
 * document, every API response (Link header), the data package and the /data page all read it from here.
 */
export const DATA_LICENCE = {
  /** SPDX identifier. */
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attributionZh: "数据来源：公益导航（Resource Navigator），沃启基金会留守儿童资源目录，CC BY 4.0",
  attributionEn:
    "Data: 公益导航 Resource Navigator, the Woqi Foundation's directory of resources for left-behind children, CC BY 4.0",
} as const;

/** HSDS version that the API and the data package follow. */
export const HSDS_VERSION = "3.0";

/** How often the published data is expected to change, as said on /data and in the package. */
export const UPDATE_RHYTHM = {
  zh: "工作人员随时更新记录；接口实时反映已发布的内容，数据包在下载时生成。每条机构记录至少每年复核一次。",
  en: "Staff update records as they learn of changes; the API reflects published records at once and the data package is generated when downloaded. Every organization record is re-reviewed at least once a year.",
} as const;

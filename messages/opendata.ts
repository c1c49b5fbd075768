import { defineMessages } from "@/lib/i18n/define";
import { plural } from "@/lib/i18n/plural-message";

/** The open data page (/data) and the change feed (/feed.xml). */
export const opendataMessages = defineMessages({
  zh: {
    opendata: {
      feed: {
        title: "公益导航：记录变更",
        subtitle: "新增、复核或修改的公益机构，以及新增的政策（仅已发布的记录）。",
        author: "公益导航 Resource Navigator（沃启基金会）",
        entry: {
          organization: {
            added: "新增机构：{name}",
            reviewed: "机构已复核：{name}",
            changed: "机构信息已更新：{name}",
          },
          policy: { added: "新增政策：{name}", reviewed: "政策已复核：{name}", changed: "政策已更新：{name}" },
        },
        category: { added: "新增", reviewed: "复核", changed: "更新" },
      },
      page: {
        title: "开放数据",
        description: "公益导航的全部已发布记录以开放许可提供：HSDS 3.0 接口、数据包下载和变更订阅。",
        lead: "目录中所有已发布的需求、干预模式、政策和机构都是开放数据：转介平台、研究者、其他基金会和记者都可以自由使用，只需注明出处。",
        whatHeading: "有哪些数据",
        what: "数据采用 Open Referral 的人类服务数据规范 HSDS 3.0：机构对应 organization，机构开展的每种干预模式对应 service，服务地区对应 service_area（附 GB/T 2260 行政区划代码），需求和干预模式是两套分类（taxonomy），联系方式、捐赠方式和最近复核日期也都包含在内。示例记录带有“示例数据”标记，不是真实机构。草稿和已删除的记录不会出现在任何开放数据中。",
        licenceHeading: "许可与署名",
        licence:
          "数据以 {licence} 许可发布：可以复制、改编、再发布，包括商业用途，只需注明出处并链接到许可。请这样署名：",
        rhythmHeading: "更新节奏",
        apiHeading: "接口（API）",
        api: "接口遵循 HSDS 3.0 的 API 规范，返回 JSON，支持跨域请求、ETag 条件请求，每个客户端每分钟最多 {limit} 次请求。分页参数 page、per_page（最多 100）；search 全文搜索；taxonomy_term_id 按分类筛选；modified_after 只取某时间之后修改的记录；我们自己的参数 need（需求标识）和 region（行政区划代码，含下级地区）。参数错误时返回 400 和说明。",
        apiExamples: "示例：",
        openapiLink: "OpenAPI 接口说明文档",
        downloadHeading: "整体下载",
        download: "全部已发布记录打包为 HSDS 表格数据包（datapackage.json 加各表 CSV，zip 压缩），下载时即时生成。",
        downloadLink: "下载数据包（zip）",
        feedHeading: "变更订阅",
        feed: plural({ other: "Atom 订阅源列出最近 {count} 条变更：新增、复核或修改的机构，以及新增的政策。" }),
        feedLink: "订阅变更（Atom）",
        structuredHeading: "网页中的结构化数据",
        structured:
          "机构、政策和需求页面内嵌 schema.org JSON-LD（NGO、Legislation、DefinedTerm），搜索引擎和其他工具可以直接读取。",
      },
    },
  },
  en: {
    opendata: {
      feed: {
        title: "Resource Navigator: changes",
        subtitle: "Organizations added, re-reviewed or changed, and policies added (published records only).",
        author: "公益导航 Resource Navigator (Woqi Foundation)",
        entry: {
          organization: {
            added: "Organization added: {name}",
            reviewed: "Organization re-reviewed: {name}",
            changed: "Organization updated: {name}",
          },
          policy: {
            added: "Policy added: {name}",
            reviewed: "Policy re-reviewed: {name}",
            changed: "Policy updated: {name}",
          },
        },
        category: { added: "Added", reviewed: "Re-reviewed", changed: "Updated" },
      },
      page: {
        title: "Open data",
        description:
          "Every published record of the Resource Navigator under an open licence: an HSDS 3.0 API, a data package download and a change feed.",
        lead: "All published needs, intervention modes, policies and organizations in this directory are open data: referral platforms, researchers, other foundations and journalists may reuse them freely, with attribution.",
        whatHeading: "What the data holds",
        what: "The data follows Open Referral's Human Services Data Specification (HSDS) 3.0: an organization is an HSDS organization, each intervention mode it runs is a service, the regions it works in are service areas (with GB/T 2260 administrative division codes), needs and modes are two taxonomies, and contact details, ways to donate and the date of the last review are included. Sample records carry a “sample record” flag and are not real bodies. Drafts and deleted records never appear in any of the open data.",
        licenceHeading: "Licence and attribution",
        licence:
          "The data is published under {licence}: you may copy, adapt and republish it, commercially too, as long as you credit the source and link to the licence. Please attribute it as:",
        rhythmHeading: "How often it changes",
        apiHeading: "The API",
        api: "The API follows the HSDS 3.0 API specification and answers JSON, with CORS open, ETag conditional requests and at most {limit} requests per client and minute. Paging with page and per_page (up to 100); search for full text; taxonomy_term_id to filter by a taxonomy term; modified_after for records changed since a time; and our own need (a need's slug) and region (an administrative division code, with everything inside it). Bad parameters answer 400 with an explanation.",
        apiExamples: "Examples:",
        openapiLink: "OpenAPI description of the API",
        downloadHeading: "Download everything",
        download:
          "All published records as an HSDS tabular data package (datapackage.json plus one CSV per table, zipped), generated when you download it.",
        downloadLink: "Download the data package (zip)",
        feedHeading: "Change feed",
        feed: plural({
          one: "An Atom feed lists the {count} newest change: an organization added, re-reviewed or changed, or a policy added.",
          other:
            "An Atom feed lists the {count} newest changes: organizations added, re-reviewed or changed, and policies added.",
        }),
        feedLink: "Subscribe to changes (Atom)",
        structuredHeading: "Structured data in the pages",
        structured:
          "Organization, policy and need pages embed schema.org JSON-LD (NGO, Legislation, DefinedTerm) for search engines and other tools to read.",
      },
    },
  },
});

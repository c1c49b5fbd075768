import type { Messages } from "./zh";

export const en: Messages = {
  meta: {
    siteName: "Resource Navigator",
    title: "Resource Navigator: steering charity to rural left-behind children",
    description: "Find the local organizations, programme models and policies that meet the needs of China's rural left-behind children, and see where needs are still unmet.",
  },
  nav: {
    skipToContent: "Skip to content",
    home: "Home",
    switchLanguage: "中文",
    switchLanguageLabel: "Switch to Chinese",
  },
  home: {
    eyebrow: "Woqi Foundation · Resource Navigator",
    heading: "Steer charity to the left-behind children who need it most",
    lead: "We turned the needs, policies, local organizations and intervention modes of the Woqi Foundation's report on left-behind children into a searchable, shareable database that stays current. Pick the needs you want to support and see who meets them, and where no one does yet.",
    figuresHeading: "The database at a glance",
    figures: {
      needs: "needs",
      policies: "policies",
      modes: "intervention modes",
      organizations: "local organizations",
      provinces: "provinces with organizations",
    },
    sampleNotice: "All organizations shown are sample data with invented names, for demonstration only; foundation staff will replace them with real records.",
    sourceNote: "Needs and policies follow the summary of the Woqi Foundation's report on left-behind children.",
  },
  footer: {
    about: "公益导航 Resource Navigator: an open tool that helps donors and foundations steer resources to the needs of rural left-behind children.",
  },
  errors: {
    databaseUnavailableTitle: "The data cannot be read right now",
    databaseUnavailableBody: "The database cannot be reached at the moment. Please reload in a little while; your link and filters are kept in the address bar.",
    retry: "Try again",
    notFoundTitle: "Page not found",
    notFoundBody: "The link may be wrong, or the record was removed.",
    backHome: "Back to home",
  },
};

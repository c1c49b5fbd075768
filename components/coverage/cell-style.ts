/**
 * The heat level, 0 … 4, for a number of organizations: the classes heat-0 … heat-4 in app/globals.css (short
 * because a national view repeats them a few hundred times); empty cells stand out with a red dashed outline.
 */
export function heatLevel(organizations: number): number {
  if (organizations <= 2) return organizations;
  return organizations <= 4 ? 3 : 4;
}

export function heatClass(organizations: number): string {
  return `heat-${heatLevel(organizations)}`;
}

// Made once: a national view formats a density for every cell, and an Intl formatter is costly to build.
const densityFormats = {
  zh: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en", { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
};

/** Two decimals for densities such as organizations per 10,000 children. */
export function formatDensity(locale: "zh" | "en", value: number): string {
  return densityFormats[locale].format(value);
}

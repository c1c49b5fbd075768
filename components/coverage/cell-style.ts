/**
 * The heat-map colour for a number of organizations (classes heat-0 … heat-4 in app/globals.css, short because a
 * national view repeats them a few hundred times); empty cells stand out with a red dashed outline.
 */
export function heatClass(organizations: number): string {
  if (organizations <= 2) return `heat-${organizations}`;
  return organizations <= 4 ? "heat-3" : "heat-4";
}

/** One decimal for densities such as organizations per 10,000 children. */
export function formatDensity(locale: "zh" | "en", value: number): string {
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en", {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
  }).format(value);
}

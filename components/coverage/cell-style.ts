/** The heat-map colour for a number of organizations; empty cells stand out with a red dashed outline. */
export function heatClass(organizations: number): string {
  if (organizations === 0) return "bg-red-50 outline-2 -outline-offset-4 outline-dashed outline-red-600";
  if (organizations === 1) return "bg-emerald-100";
  if (organizations === 2) return "bg-emerald-200";
  if (organizations <= 4) return "bg-emerald-300";
  return "bg-emerald-400";
}

/** One decimal for densities such as organizations per 10,000 children. */
export function formatDensity(locale: "zh" | "en", value: number): string {
  return new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en", {
    maximumFractionDigits: 2,
    minimumFractionDigits: 2,
  }).format(value);
}

/** Puts values into a message's {placeholders}: fill("{count} 家", { count: "3" }) gives "3 家". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

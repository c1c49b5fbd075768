/** Puts values into a message's {placeholders}: fill("{count} gaps", { count: 3 }) → "3 gaps". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

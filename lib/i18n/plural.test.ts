import { describe, expect, it } from "vitest";
import { getMessages } from "./index";
import { countText } from "./plural";
import type { PluralMessage } from "./plural-message";

const pluralKeys = new Set(["zero", "one", "two", "few", "many", "other"]);
const isPlural = (value: unknown): value is PluralMessage =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  "other" in value &&
  Object.keys(value).every((key) => pluralKeys.has(key));

/** Every message of a dictionary with its dotted path. */
function* walk(value: unknown, path: string): Generator<[string, string | PluralMessage]> {
  if (typeof value === "string" || isPlural(value)) yield [path, value];
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) yield* walk(child, path ? `${path}.${key}` : key);
}

const zh = new Map(walk(getMessages("zh"), ""));
const en = new Map(walk(getMessages("en"), ""));
const plurals = [...en].filter(([, m]) => isPlural(m)) as [string, PluralMessage][];

// An English count placeholder followed by a noun: the shape of "1 organizations".
const countBeforeNoun = /\{(count|total)\} [a-z]/;

describe("messages that take a count", () => {
  it("are plural messages in both languages, never plain text with {count}", () => {
    const plain = [...zh, ...en].filter(([, m]) => typeof m === "string" && m.includes("{count}")).map(([p]) => p);
    expect(plain).toEqual([]);
    expect(plurals.length).toBeGreaterThan(25);
    for (const [path] of plurals) expect(isPlural(zh.get(path)), path).toBe(true);
  });

  it("never put a bare number before an English noun outside a plural message", () => {
    expect([...en].filter(([, m]) => typeof m === "string" && countBeforeNoun.test(m)).map(([p]) => p)).toEqual([]);
  });

  it.each(plurals)("%s reads right for 1 and for 2 in English", (_path, message) => {
    expect(message.one, "English needs a singular form").toBeDefined();
    const one = countText("en", message, 1, { label: "L", need: "N", region: "R", total: "3" });
    const two = countText("en", message, 2, { label: "L", need: "N", region: "R", total: "3" });
    expect(one).toContain("1");
    expect(two).toContain("2");
    expect(one).not.toMatch(/\b1 (organizations|policies|needs|regions|provinces|gaps|cells|sites|errors|records)\b/);
    expect(one).not.toMatch(/\b1 children\b/);
    expect(two).not.toMatch(/\b2 (organization|policy|need|region|province|gap|cell|site|error|record|child)\b/);
  });

  it("Chinese uses one form, with the number formatted for the locale", () => {
    expect(countText("zh", getMessages("zh").search.resultCount, 12345)).toBe("12,345 家机构");
    expect(countText("en", getMessages("en").search.resultCount, 1)).toBe("1 organization");
    expect(countText("en", getMessages("en").search.resultCount, 0)).toBe("0 organizations");
  });
});

import { describe, expect, it } from "vitest";
import { hasMalformedPath } from "./malformed-url";

describe("malformed paths", () => {
  it.each(["/needs/%C3%28", "/s/%E4%B8", "/en/policies/%", "/modes/%zz", "/a/%ED%A0%80", "/%C0%AF"])(
    "%s is refused",
    (path) => expect(hasMalformedPath(path)).toBe(true),
  );

  it.each(["/", "/needs/safety-protection", "/en/s/abc", "/needs/%E5%AE%89%E5%85%A8", "/a/%00", "/%2e%2e%2f"])(
    "%s is not",
    (path) => expect(hasMalformedPath(path)).toBe(false),
  );
});

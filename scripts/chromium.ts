import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

// The browser tests need a Chromium. `npm test` finds one, installs one where it can, or says in one line what to run.

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];
const HOW_TO =
  "install Chromium (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chrome/Chromium binary";

const found = () => candidates.find((path) => existsSync(path));
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: "inherit" }).status === 0;

/** Debian's package, when this process may install system packages. */
function installFromApt(): string | undefined {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return undefined;
  console.log("No Chromium found: installing Debian's chromium and fonts-noto-cjk with apt-get");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (args: string[]) => spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  if (!apt(["update", "-qq"]) || !apt(["install", "-y", "-qq", "chromium", "fonts-noto-cjk"])) return undefined;
  return found();
}

/** Playwright's own build, where the network allows the download. */
async function installFromPlaywright(): Promise<string | undefined> {
  console.log("Trying Playwright's own Chromium download");
  if (!run("npx", ["playwright", "install", "chromium"])) return undefined;
  const { chromium } = await import("@playwright/test");
  const path = chromium.executablePath();
  return existsSync(path) ? path : undefined;
}

/** The Chromium for the browser tests, or an error that says exactly what to do. */
export async function ensureChromium(configured: string | undefined): Promise<string> {
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(`CHROMIUM_PATH=${configured} does not exist: ${HOW_TO}`);
  }
  const path = found() ?? installFromApt() ?? (await installFromPlaywright());
  if (!path) throw new Error(`no Chromium for the browser tests: ${HOW_TO}`);
  return path;
}

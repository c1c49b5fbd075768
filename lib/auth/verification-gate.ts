/**
 * Password hashing is deliberately expensive (scrypt, ~128 MiB and a few hundred
 * milliseconds each), so anonymous sign-ins could otherwise take every core from
 * the public pages. At most MAX_ACTIVE checks run at once on this instance and at
 * most MAX_WAITING wait for a turn; beyond that the caller is told at once.
 */
export const MAX_ACTIVE = 1;
export const MAX_WAITING = 4;

type Gate = { active: number; waiting: (() => void)[] };
// One gate per process, even if this module is bundled more than once.
const gate: Gate = ((globalThis as { __verificationGate?: Gate }).__verificationGate ??= { active: 0, waiting: [] });

export async function withVerificationSlot<T>(work: () => Promise<T>): Promise<T | "busy"> {
  if (gate.active >= MAX_ACTIVE) {
    if (gate.waiting.length >= MAX_WAITING) return "busy";
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  } else gate.active++;
  try {
    return await work();
  } finally {
    const next = gate.waiting.shift();
    if (next) next();
    else gate.active--;
  }
}

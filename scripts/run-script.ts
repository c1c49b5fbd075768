import { env } from "@/lib/env";
import { describeError } from "@/lib/db/errors";

/** Runs a command-line script: one clear line of error and exit code 1 on failure, no stack trace. */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`Error: ${describeError(error)}`);
      if (env().DEBUG) console.error(error);
      process.exit(1);
    },
  );
}

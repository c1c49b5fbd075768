import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";

/**
 * One measured figure beside its floor (what the same work costs at the least: the raw SQL it runs, a minimal
 * page of the same server, a static file) and their ratio, so that a regression shows as a ratio moving even on
 * a machine whose absolute speed varies. `higherIsBetter` for throughput.
 */
export type Figure = {
  name: string;
  value: number;
  unit: string;
  floor?: { name: string; value: number };
  /** value / floor, or floor / value when higher is better (so a ratio near 1 always means "close to the floor"). */
  ratio?: number;
  budget?: string;
  /** The machine's 1-minute load average when the figure was taken (other work shares the cores). */
  load: number;
};

export class BenchReport {
  readonly figures: Figure[] = [];

  constructor(readonly context: Record<string, unknown>) {}

  add(figure: Omit<Figure, "ratio" | "load">, higherIsBetter = false): void {
    const floor = figure.floor;
    const ratio =
      floor && floor.value > 0 && figure.value > 0
        ? higherIsBetter
          ? floor.value / figure.value
          : figure.value / floor.value
        : undefined;
    const full: Figure = { ...figure, ratio, load: Number(loadavg()[0]!.toFixed(2)) };
    this.figures.push(full);
    const value = `${full.value.toFixed(1)} ${full.unit}`;
    const beside = floor
      ? `  floor: ${floor.name} ${floor.value.toFixed(1)} ${full.unit}  ratio ${ratio?.toFixed(2)}`
      : "";
    const budget = full.budget ? `  (budget ${full.budget})` : "";
    console.log(`${full.name.padEnd(52)} ${value.padStart(14)}${beside}${budget}  [load ${full.load}]`);
  }

  write(file: string): void {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), ...this.context, figures: this.figures }, null, 2)}\n`,
    );
    console.log(`\nWrote ${file}`);
  }
}

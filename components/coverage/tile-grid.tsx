"use client";

import type { ProvinceTile } from "./client-props";

/**
 * The province tiles, drawn from their texts alone: a client component for its bytes, like MatrixBody (decision
 * 052). Each tile is a plain link styled from app/globals.css (.tile), named by its full sentence.
 */
export function TileGrid({ tiles }: { tiles: ProvinceTile[] }) {
  return (
    <ol className="grid min-w-[22rem] max-w-2xl grid-cols-8 gap-1" data-testid="tile-map">
      {tiles.map((tile) => (
        <li key={tile.code} style={{ gridColumn: tile.column, gridRow: tile.row }}>
          <a href={tile.href} className={`tile heat-${tile.heat}`}>
            <span>{tile.shortName}</span>
            <b>{tile.organizations}</b>
            <small>({tile.gaps})</small>
            <span className="sr-only">{tile.sentence}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

"use client";

import type { RegionSummaryRow } from "./client-props";

/**
 * The region summary's rows, drawn from their texts alone: a client component for its bytes, like MatrixBody
 * (decision 052). `noFigure` and `sampleLabel` are the table's two fixed words.
 */
export function RegionSummaryBody({
  rows,
  noFigure,
  sampleLabel,
}: {
  rows: RegionSummaryRow[];
  noFigure: string;
  sampleLabel: string;
}) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.code} data-region={row.code}>
          <th scope="row">{row.href ? <a href={row.href}>{row.name}</a> : row.name}</th>
          <td>{row.organizations}</td>
          <td>{row.needsMet}</td>
          <td>{row.gaps}</td>
          <td>
            {row.children ? (
              <>
                {row.children}
                {row.sample && (
                  <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-950">{sampleLabel}</span>
                )}
                <span className="block text-xs text-stone-600">{row.source}</span>
              </>
            ) : (
              noFigure
            )}
          </td>
          <td>{row.per10k}</td>
        </tr>
      ))}
    </tbody>
  );
}

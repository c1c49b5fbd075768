"use client";

import { type MatrixRow, REGION_MARK } from "./client-props";

/**
 * The matrix's body, drawn from its texts alone. A client component for its bytes, not for interaction: the
 * page's React payload then carries each cell's few strings once, instead of every cell's element tree beside
 * the same markup in the HTML (decision 052). Each cell is a plain link named by its row's need, its column's
 * region and its own text (aria-labelledby to the header ids `n<row>` and `c<column>`).
 */
export function MatrixBody({ rows, columns, texts }: { rows: MatrixRow[]; columns: string[]; texts: string[] }) {
  return (
    <tbody>
      {rows.map((row, i) => (
        <tr key={row.href}>
          <th
            scope="row"
            className="sticky left-0 z-10 border-b border-stone-200 bg-white p-2 text-left align-top font-semibold"
          >
            <span id={`n${i}`}>{row.name}</span>
            <span className={`mt-1 block text-xs font-normal ${row.noPolicy ? "text-red-800" : "text-stone-600"}`}>
              {row.policyLine}
            </span>
          </th>
          {row.cells.map(([heat, shown, ...lines], j) => (
            <td key={columns[j]}>
              <a
                href={row.href.replace(REGION_MARK, columns[j]!)}
                id={`x${i}-${j}`}
                aria-labelledby={`n${i} c${j} x${i}-${j}`}
                className={`heat-${heat}`}
              >
                <b>{texts[shown!]}</b>
                {lines.map((line, k) => (
                  <small key={k}>{texts[line]}</small>
                ))}
              </a>
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}

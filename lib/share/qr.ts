import QRCode from "qrcode";

/** Quiet zone around the code, in modules: scanners need it to find the code. */
const MARGIN = 4;

/**
 * A QR code of `url` as one SVG path (a rectangle per run of dark modules in a row) and its
 * view box, drawn on the server: no image request, nothing fetched by the browser.
 */
export function qrPath(url: string): { size: number; d: string } {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  // One rectangle per run of dark modules in a row: a third of the markup of one square per module.
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let length = 1;
      while (col + length < modules.size && modules.get(row, col + length)) length++;
      runs.push(`M${col + MARGIN} ${row + MARGIN}h${length}v1h-${length}z`);
      col += length;
    }
  }
  return { size: modules.size + 2 * MARGIN, d: runs.join("") };
}

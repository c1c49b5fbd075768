import QRCode from "qrcode";

/** Quiet zone around the code, in modules: scanners need it to find the code. */
const MARGIN = 4;
/** Codes drawn lately, by URL: a popular results page asks for the same code on every view. */
const drawn = new Map<string, { size: number; d: string }>();
const DRAWN_LIMIT = 200;

/**
 * A QR code of `url` as one SVG path and its view box, drawn on the server: no image request, nothing fetched
 * by the browser. The path is stroked one module wide along the middle of each row: per row one absolute move,
 * then a line per run of dark modules and a relative move over each gap ("M4 9.5h7m2 0h1…"), about a third of
 * the characters of one rectangle per run. The page carries it twice (markup and React payload).
 */
export function qrPath(url: string): { size: number; d: string } {
  const known = drawn.get(url);
  if (known) {
    drawn.delete(url);
    drawn.set(url, known);
    return known;
  }
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  let d = "";
  for (let row = 0; row < modules.size; row++) {
    let pen = -1;
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let length = 1;
      while (col + length < modules.size && modules.get(row, col + length)) length++;
      d += pen < 0 ? `M${col + MARGIN} ${row + MARGIN}.5h${length}` : `m${col - pen} 0h${length}`;
      col += length;
      pen = col;
    }
  }
  const code = { size: modules.size + 2 * MARGIN, d };
  drawn.set(url, code);
  if (drawn.size > DRAWN_LIMIT) drawn.delete(drawn.keys().next().value!);
  return code;
}

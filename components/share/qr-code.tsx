import { type Locale, getMessages } from "@/lib/i18n";
import { qrPath } from "@/lib/share/qr";
import { absoluteUrl } from "@/lib/site/origin";

/**
 * The page's link as a QR code, for WeChat (which opens links best from a
 * scan), shown on demand. `path` is the page's own path and query; the code
 * holds it on the public origin.
 */
export function QrCode({ locale, path }: { locale: Locale; path: string }) {
  const t = getMessages(locale).share;
  const url = absoluteUrl(path);
  const { size, d } = qrPath(url);
  return (
    <details className="text-sm" data-qr>
      <summary className="cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100">
        {t.qrShow}
      </summary>
      <div className="mt-2 inline-block rounded border border-stone-200 bg-white p-2">
        <svg
          role="img"
          aria-label={t.qrLabel}
          viewBox={`0 0 ${size} ${size}`}
          width={200}
          height={200}
          shapeRendering="crispEdges"
          data-qr-url={url}
        >
          <rect width={size} height={size} fill="#ffffff" />
          <path d={d} fill="none" stroke="#000000" />
        </svg>
        <p className="mt-1 max-w-52 text-stone-600">{t.qrHint}</p>
      </div>
    </details>
  );
}

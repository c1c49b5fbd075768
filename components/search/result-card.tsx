import { countText } from "@/lib/i18n/plural";
import { SampleBadge } from "@/components/records/sample-badge";
import { TrustBadges } from "@/components/records/trust-badges";
import { type Locale, formatDate, getMessages, localePath } from "@/lib/i18n";
import { fromParam } from "@/lib/records/from-results";
import { isReviewStale, isVerificationLapsed } from "@/lib/records/review";
import { nameIn } from "@/lib/records/localize";
import type { OrganizationResult } from "@/lib/search/results";

/**
 * One organization in the results: who, where, and why it matches. Its links are plain links, not `next/link`:
 * a page of twenty cards held a hundred client components for the server to render and describe in the page's
 * payload, and each prefetched its page as it scrolled into view.
 */
export function ResultCard({
  locale,
  result,
  chosenNeeds,
  from,
}: {
  locale: Locale;
  result: OrganizationResult;
  chosenNeeds: boolean;
  /** The results query, carried to the organization page so it can lead back to these results. */
  from: string;
}) {
  const t = getMessages(locale);
  const s = t.search;
  const join = locale === "en" ? ", " : "、";
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4" data-result={result.slug}>
      <header className="flex flex-wrap items-center gap-2">
        <h2 className="text-base font-semibold">
          <a
            href={localePath(locale, `/organizations/${result.slug}`) + fromParam(from)}
            className="text-brand-800 hover:underline"
          >
            {nameIn(locale, result)}
          </a>
        </h2>
        {result.isSample && <SampleBadge locale={locale} />}
        <span className="text-xs text-stone-600">{t.records.organizationType[result.type]}</span>
        {result.acceptsDonations && (
          <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">{s.acceptsDonations}</span>
        )}
        <TrustBadges locale={locale} dates={result} isSample={result.isSample} verifiedAt={result.reviewedAt} />
      </header>
      <dl className="mt-2 space-y-1 text-sm">
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-stone-500">{chosenNeeds ? s.whyMatches : s.meetsNeeds}</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {result.matches.map((match) => (
                <li key={match.need.slug} data-match={match.need.slug}>
                  <span className="font-medium">{nameIn(locale, match.need)}</span>
                  <span className="text-stone-500"> {s.meetsThrough} </span>
                  {match.modes.map((mode, i) => (
                    <span key={mode.slug}>
                      {i > 0 && join}
                      <a
                        href={localePath(locale, `/modes/${mode.slug}`)}
                        className="text-brand-700 underline decoration-brand-700/40 hover:decoration-brand-700"
                      >
                        {nameIn(locale, mode)}
                      </a>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-2">
          <dt className="text-stone-500">{s.regions}</dt>
          <dd>
            {result.regions
              .map((r) =>
                locale === "en" ? `${r.nameZh}, ${r.provinceEn ?? r.provinceZh}` : `${r.provinceZh}${r.nameZh}`,
              )
              .join(join)}
          </dd>
        </div>
      </dl>
      <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-stone-600">
        <span>
          {s.lastReviewed}:{" "}
          {result.isSample
            ? s.sampleNeverVerified
            : result.reviewedAt
              ? formatDate(locale, result.reviewedAt)
              : s.neverReviewed}
          {!result.isSample && isVerificationLapsed(result.reviewedAt) ? (
            <span className="font-medium text-red-800" data-review-flag="lapsed">
              {" "}
              ({getMessages(locale).provenance.verification.lapsedShort})
            </span>
          ) : (
            !result.isSample &&
            isReviewStale(result.reviewedAt) && <span className="text-amber-800"> ({s.staleReview})</span>
          )}
        </span>
        {result.childrenServed !== null && <span>{countText(locale, s.children, result.childrenServed)}</span>}
      </p>
    </article>
  );
}

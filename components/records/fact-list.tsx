/** A record's facts as label/value pairs in two aligned columns. */
export function FactList({ facts, className = "" }: { facts: [string, string][]; className?: string }) {
  return (
    <dl className={`grid max-w-3xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 ${className}`}>
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-stone-600">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

import { UserText } from './isolated';

export interface CompanyLine {
  offerId: string;
  company: string;
  /** The sentence after the company's name. */
  text: string;
}

/**
 * Sentences that each start with a company ("Acme would tie with…"): the
 * name in bold and isolated, so a right-to-left name cannot turn the
 * sentence around.
 */
export function CompanyLines({
  lines,
  className,
}: {
  lines: readonly CompanyLine[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {lines.map((line) => (
        <li key={line.offerId}>
          <strong>
            <UserText>{line.company}</UserText>
          </strong>{' '}
          {line.text}
        </li>
      ))}
    </ul>
  );
}

import type {
  OfferQuestions,
  RecruiterQuestion,
} from '../../domain/trade-offs/recruiter-questions';
import { formatMoney } from '../../lib/format';
import { plainText } from '../../lib/isolate';

/** "Can move Lumen’s yearly pay here by up to $150,000 between …", or what is not counted. */
export const moveText = (
  company: string,
  { move, moveMeaning }: RecruiterQuestion,
  currency: string,
): string =>
  move !== null && move >= 0.5
    ? `The answer can move ${company}’s yearly pay in this comparison by up to ${formatMoney(move, currency)} (${moveMeaning}).`
    : 'It does not change the figures here, but it is worth knowing before you sign.';

/** Every offer's questions as plain text (no direction marks), to paste into an email or print. */
export const recruiterText = (entries: readonly OfferQuestions[], currency: string): string =>
  plainText(
    entries
      .map(({ company, questions }) =>
        [
          `Questions for ${company}`,
          ...questions.map(
            (q, i) => `${i + 1}. ${q.question}\n   ${q.why}\n   ${moveText(company, q, currency)}`,
          ),
        ].join('\n'),
      )
      .join('\n\n'),
  );

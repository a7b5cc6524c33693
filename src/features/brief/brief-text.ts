import { plainText } from '../../lib/isolate';
import type { BriefData } from './brief-data';

/**
 * The brief as plain text, for a chat or an e-mail: the ranking with each offer's factor
 * split, the insights, the key rows, deadlines and notes, the weights and the date. Plain
 * text: no direction marks, so a name cannot reverse a line when pasted.
 */
export const briefText = (brief: BriefData): string => {
  const lines: string[] = [`Decision brief — job offers compared with Tradeoff, ${brief.date}`, ''];

  lines.push(`Weights: ${brief.factors.map((f) => `${f.label} ${f.share}`).join(', ')}`);
  for (const part of brief.context) {
    if (part.lines.length === 1) lines.push(`${part.label}: ${part.lines[0]}`);
    else lines.push(`${part.label}:`, ...part.lines.map((line) => `- ${line}`));
  }
  lines.push('');

  lines.push('Ranking (score out of 100; points from each factor)');
  if (brief.allWeightsZero) lines.push('Every weight is 0, so every offer scores 0.');
  for (const offer of brief.ranking) {
    const name = offer.role ? `${offer.company} (${offer.role})` : offer.company;
    const split = brief.factors.map((f, i) => `${f.label} ${offer.split[i] ?? ''}`).join(', ');
    lines.push(`${offer.rank}. ${name}: ${offer.score}${offer.tied ? ', tied' : ''} — ${split}`);
  }
  if (brief.ranking.length === 0) lines.push('No offer can be ranked yet.');
  for (const offer of brief.unscored) lines.push(`Not ranked: ${offer.company} — ${offer.reason}`);
  lines.push('');

  lines.push('Insights', brief.insights.headline, ...brief.insights.details);
  if (brief.insights.catchUp.length > 0) {
    lines.push('What a raise would do:');
    for (const line of brief.insights.catchUp) lines.push(`- ${line.company} ${line.text}`);
  }
  if (brief.insights.leftOut) lines.push(brief.insights.leftOut);
  lines.push('');

  if (brief.rows.length > 0 && brief.offers.length > 0) {
    lines.push('Side by side');
    for (const row of brief.rows) {
      const cells = row.cells.map(
        (cell, i) => `${brief.offers[i]?.company ?? ''} ${cell.text}${cell.best ? ' (best)' : ''}`,
      );
      lines.push(`${row.label}: ${cells.join('; ')}`);
    }
    lines.push('');
  }

  const dated = brief.notes.filter((n) => n.deadline);
  if (dated.length > 0) {
    lines.push('Deadlines');
    for (const n of dated) lines.push(`- ${n.company}: ${n.deadline}`);
    lines.push('');
  }
  const noted = brief.notes.filter((n) => n.notes.trim());
  if (noted.length > 0) {
    lines.push('Notes');
    for (const n of noted)
      lines.push(`- ${n.company}: ${n.notes.trim().replace(/\s*\n\s*/g, ' / ')}`);
    lines.push('');
  }

  return plainText(lines.join('\n').trimEnd());
};

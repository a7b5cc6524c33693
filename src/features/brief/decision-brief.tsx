import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { useNotify } from '../../store/app-context';
import type { BriefData } from './brief-data';
import {
  BriefContext,
  BriefInsights,
  BriefKeyRows,
  BriefNotes,
  BriefRanking,
} from './brief-sections';
import { briefText } from './brief-text';
import './decision-brief.css';

/**
 * The decision brief: one or two printed pages to keep or send. Print (or Save as PDF in the
 * print dialog) prints only the brief, in black on white; Copy as text gives the same in
 * words for a chat or an e-mail. Nothing depends on colour: the best value of a row carries a
 * star and the word "best", the split of a score is written out in points.
 */
export function DecisionBrief({ brief, onClose }: { brief: BriefData; onClose: () => void }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const notify = useNotify();
  const [fallbackText, setFallbackText] = useState<string | null>(null);

  // Keyboard and screen-reader users land on the brief, not at the top of the page.
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    const text = briefText(brief);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      notify({ message: 'Brief copied as text.', tone: 'success' });
    } catch {
      setFallbackText(text);
    }
  };

  return (
    <article className="panel brief" aria-labelledby={headingId}>
      <div className="brief-actions" role="group" aria-label="Brief actions">
        <Button variant="ghost" onClick={onClose}>
          <span aria-hidden="true">←</span> Back to the comparison
        </Button>
        <Button onClick={() => void copy()}>Copy as text</Button>
        <Button variant="primary" onClick={() => window.print()}>
          Print or save as PDF
        </Button>
      </div>

      <header className="brief-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Decision brief
        </h2>
        <p className="brief-meta">
          Job offers compared with Tradeoff · <time>{brief.date}</time>
        </p>
        <p className="brief-weights">
          <strong>Weights used:</strong>{' '}
          {brief.factors.map((f) => `${f.label} ${f.share}`).join(' · ')}
        </p>
        <BriefContext lines={brief.context} />
      </header>

      <BriefRanking brief={brief} headingId={headingId} />
      <BriefInsights brief={brief} headingId={headingId} />
      <BriefKeyRows brief={brief} headingId={headingId} />
      <BriefNotes brief={brief} headingId={headingId} />
      <Dialog
        open={fallbackText !== null}
        onClose={() => setFallbackText(null)}
        title="Copy the brief"
      >
        <p>The browser did not let Tradeoff copy it. Select the text and copy it yourself.</p>
        <textarea
          aria-label="Brief as text"
          readOnly
          rows={12}
          value={fallbackText ?? ''}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="button-row dialog-actions">
          <Button variant="primary" onClick={() => setFallbackText(null)}>
            Done
          </Button>
        </div>
      </Dialog>
    </article>
  );
}

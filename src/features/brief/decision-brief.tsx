import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { Isolated, UserText } from '../../components/isolated';
import { useNotify } from '../../store/app-context';
import type { BriefData } from './brief-data';
import { SplitBar, SplitLegend, SplitPatterns } from './split-bar';
import { CompanyLines } from '../../components/company-lines';
import { ScrollRegion } from '../../components/scroll-region';
import { briefText } from './brief-text';
import './decision-brief.css';

/** A table that scrolls sideways on a narrow screen; it takes focus so a keyboard can scroll it. */
const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => (
  <ScrollRegion className="brief-table-wrap" label={label}>
    {children}
  </ScrollRegion>
);

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

  const dated = brief.notes.filter((n) => n.deadline);
  const noted = brief.notes.filter((n) => n.notes.trim());

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
      </header>

      <section className="brief-section" aria-labelledby={`${headingId}-ranking`}>
        <h3 id={`${headingId}-ranking`}>Ranking</h3>
        {brief.allWeightsZero && (
          <p className="brief-note">Every weight is 0, so every offer scores 0.</p>
        )}
        {brief.ranking.length > 0 ? (
          <TableScroll label="Scores by factor">
            <SplitPatterns idPrefix={headingId} />
            <SplitLegend idPrefix={headingId} labels={brief.factors.map((f) => f.label)} />
            <table className="brief-table brief-ranking">
              <caption className="visually-hidden">
                Ranking: score out of 100 and the points each factor adds
              </caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Offer</th>
                  <th scope="col" className="num">
                    Score
                  </th>
                  {brief.factors.map((f) => (
                    <th key={f.label} scope="col" className="num">
                      {f.label}
                    </th>
                  ))}
                  <th scope="col" className="brief-split-head">
                    <span className="visually-hidden">Split, drawn</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {brief.ranking.map((offer) => (
                  <tr key={offer.offerId}>
                    <td className="num">
                      {offer.rank}
                      {offer.tied && <span className="brief-tag"> tied</span>}
                    </td>
                    <th scope="row">
                      <UserText>{offer.company}</UserText>
                      {offer.role && (
                        <span className="brief-role">
                          <UserText>{offer.role}</UserText>
                        </span>
                      )}
                    </th>
                    <td className="num brief-score">{offer.score}</td>
                    {offer.split.map((points, i) => (
                      <td key={brief.factors[i]?.label ?? i} className="num">
                        {points}
                      </td>
                    ))}
                    <td className="brief-split">
                      <SplitBar idPrefix={headingId} segments={offer.bar} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p className="brief-note">No offer can be ranked yet.</p>
        )}
        <p className="brief-hint">
          Score out of 100; each factor column is the points that factor adds to it, and the bar
          draws them out of 100.
        </p>
        {brief.unscored.map((offer, i) => (
          <p key={i} className="brief-note">
            Not ranked: <UserText>{offer.company}</UserText> — {offer.reason}
          </p>
        ))}
      </section>

      <section className="brief-section" aria-labelledby={`${headingId}-insights`}>
        <h3 id={`${headingId}-insights`}>Insights</h3>
        <p className="brief-headline">
          <Isolated text={brief.insights.headline} />
        </p>
        {brief.insights.details.map((detail) => (
          <p key={detail}>
            <Isolated text={detail} />
          </p>
        ))}
        {brief.insights.catchUp.length > 0 && (
          <>
            <p className="brief-subhead">What a raise would do</p>
            <CompanyLines lines={brief.insights.catchUp} />
          </>
        )}
        {brief.insights.leftOut && (
          <p className="brief-note">
            <Isolated text={brief.insights.leftOut} />
          </p>
        )}
      </section>

      {brief.rows.length > 0 && (
        <section className="brief-section" aria-labelledby={`${headingId}-table`}>
          <h3 id={`${headingId}-table`}>Side by side</h3>
          <TableScroll label="Key rows">
            <table className="brief-table brief-sbs">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Criterion</span>
                  </th>
                  {brief.offers.map((offer) => (
                    <th key={offer.offerId} scope="col">
                      <UserText>{offer.company}</UserText>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {brief.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((cell, i) => (
                      <td key={brief.offers[i]?.offerId ?? i}>
                        <UserText>{cell.text}</UserText>
                        {cell.best && <span className="brief-best"> ★ best</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}

      {(dated.length > 0 || noted.length > 0) && (
        <section className="brief-section brief-notes" aria-labelledby={`${headingId}-notes`}>
          <h3 id={`${headingId}-notes`}>Deadlines and notes</h3>
          <dl>
            {brief.notes
              .filter((n) => n.deadline || n.notes.trim())
              .map((n) => (
                <div key={n.offerId}>
                  <dt>
                    <UserText>{n.company}</UserText>
                    {n.deadline && (
                      <span className="brief-deadline"> — decide by {n.deadline}</span>
                    )}
                  </dt>
                  {n.notes.trim() && (
                    <dd>
                      <UserText>{n.notes.trim()}</UserText>
                    </dd>
                  )}
                </div>
              ))}
          </dl>
        </section>
      )}

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

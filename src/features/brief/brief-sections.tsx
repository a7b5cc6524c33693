import type { ReactNode } from 'react';
import { CompanyLines } from '../../components/company-lines';
import { Isolated, UserText } from '../../components/isolated';
import { ScrollRegion } from '../../components/scroll-region';
import type { BriefData } from './brief-data';
import { SplitBar, SplitLegend, SplitPatterns } from './split-bar';

/*
 * The sections of the decision brief, each drawn from its part of BriefData.
 * `headingId` names the brief; each section's heading id derives from it.
 */

interface SectionProps {
  brief: BriefData;
  headingId: string;
}

/** A table that scrolls sideways on a narrow screen; it takes focus so a keyboard can scroll it. */
const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => (
  <ScrollRegion className="brief-table-wrap" label={label}>
    {children}
  </ScrollRegion>
);

/** What the figures are: basis and horizon, rates, tax places, grants, staying. */
export function BriefContext({ lines }: { lines: BriefData['context'] }) {
  return (
    <dl className="brief-context">
      {lines.map((part) => (
        <div key={part.label}>
          <dt>{part.label}</dt>
          {part.lines.map((line) => (
            <dd key={line}>
              <Isolated text={line} />
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

/** The ranking: each offer's score and the points each factor adds, written out and drawn. */
export function BriefRanking({ brief, headingId }: SectionProps) {
  return (
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
        Score out of 100; each factor column is the points that factor adds to it, and the bar draws
        them out of 100.
      </p>
      {brief.unscored.map((offer, i) => (
        <p key={i} className="brief-note">
          Not ranked: <UserText>{offer.company}</UserText> — {offer.reason}
        </p>
      ))}
    </section>
  );
}

/** The insights in words. */
export function BriefInsights({ brief, headingId }: SectionProps) {
  return (
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
  );
}

/** The key rows side by side, the best value of a row starred. */
export function BriefKeyRows({ brief, headingId }: SectionProps) {
  if (brief.rows.length === 0) return null;
  return (
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
  );
}

/** Deadlines and notes of the offers that have them. */
export function BriefNotes({ brief, headingId }: SectionProps) {
  const shown = brief.notes.filter((n) => n.deadline || n.notes.trim());
  if (shown.length === 0) return null;
  return (
    <section className="brief-section brief-notes" aria-labelledby={`${headingId}-notes`}>
      <h3 id={`${headingId}-notes`}>Deadlines and notes</h3>
      <dl>
        {brief.notes
          .filter((n) => n.deadline || n.notes.trim())
          .map((n) => (
            <div key={n.offerId}>
              <dt>
                <UserText>{n.company}</UserText>
                {n.deadline && <span className="brief-deadline"> — decide by {n.deadline}</span>}
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
  );
}

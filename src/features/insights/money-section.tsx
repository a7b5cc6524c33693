import { useId } from 'react';
import { Isolated } from '../../components/isolated';
import type { MoneyText } from './money-text';

/** "What your weights mean in money": sentences, and how they are found. */
export function MoneySection({ text }: { text: MoneyText }) {
  const headingId = useId();
  return (
    <section className="insight-section insight-money" aria-labelledby={headingId}>
      <h3 id={headingId}>What your weights mean in money</h3>
      <ul className="insight-money-list">
        {text.lines.map((line) => (
          <li key={line}>
            <Isolated text={line} />
          </li>
        ))}
      </ul>
      {text.how && (
        <p className="muted small">
          <Isolated text={text.how} />
        </p>
      )}
    </section>
  );
}

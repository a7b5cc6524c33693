import { sentenceParts } from '../lib/isolate';
import './isolated.css';

/**
 * A sentence with the user texts marked by `isolate()` rendered as <bdi>, so
 * their direction stays their own and a long unbroken name can wrap.
 */
export function Isolated({ text }: { text: string }) {
  return (
    <>
      {sentenceParts(text).map((part, index) =>
        part.isolated ? (
          <bdi key={index} className="user-text">
            {part.text}
          </bdi>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** One user text (a company, a role) in its own isolate. */
export function UserText({ children }: { children: string }) {
  return <bdi className="user-text">{children}</bdi>;
}

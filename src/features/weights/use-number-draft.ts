import { useState, type ChangeEvent } from 'react';
import type { Checked } from '../../lib/read-checked';

/**
 * A number input that saves on its own (a rate, a weight): what is typed
 * stays in the field while it does not read, with its message, and only a
 * valid number reaches the document. A value changed elsewhere (a reset,
 * another tab, an import) replaces the text unless the text already says it.
 */
export const useNumberDraft = (
  stored: number | undefined,
  read: (text: string) => Checked,
  format: (value: number | undefined) => string,
  onValid: (value: number) => void,
) => {
  const [draft, setDraft] = useState(() => ({ text: format(stored), basedOn: stored }));
  if (draft.basedOn !== stored) {
    const parsed = read(draft.text);
    const text = parsed.ok && parsed.value === stored ? draft.text : format(stored);
    setDraft({ text, basedOn: stored });
  }
  return {
    text: draft.text,
    reading: read(draft.text),
    input: {
      type: 'text',
      inputMode: 'decimal',
      autoComplete: 'off',
      value: draft.text,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const text = event.currentTarget.value;
        const next = read(text);
        setDraft({ text, basedOn: next.ok ? next.value : stored });
        if (next.ok) onValid(next.value);
      },
    } as const,
  };
};

import type { OfferField } from '../../domain/fields/offer-fields';
import { RowsField, type RowColumn } from './rows-field';

const EXIT_COLUMNS: readonly RowColumn[] = [
  { label: 'Name', example: 'e.g. fails, modest, big', inputMode: 'text' },
  {
    label: 'Company value at exit',
    example: 'e.g. 500m or 1.2b',
    inputMode: 'decimal',
    money: true,
  },
  { label: 'Year of exit', example: '1 to 10', inputMode: 'numeric' },
  { label: 'Chance (%)', example: '0 to 100', inputMode: 'decimal' },
  {
    label: 'How it ends',
    example: '',
    options: [
      { value: 'acquisition', label: 'Acquisition' },
      { value: 'ipo', label: 'IPO' },
    ],
  },
];

/** Up to three exit scenarios, one row each (name, value at exit, year, chance, how it ends). */
export function ExitScenariosField({ field, hint }: { field: OfferField; hint?: string }) {
  return (
    <RowsField
      field={field}
      hint={hint}
      columns={EXIT_COLUMNS}
      rowName="Scenario"
      minRows={3}
      maxRows={3}
      className="exit-scenarios"
    />
  );
}

const SERIES_COLUMNS: readonly RowColumn[] = [
  { label: 'Name', example: 'e.g. Series A', inputMode: 'text' },
  { label: 'Invested', example: 'e.g. 20m', inputMode: 'decimal', money: true },
  { label: 'Price per share', example: 'e.g. 5.00', inputMode: 'decimal' },
  { label: 'Shares (if no price)', example: 'e.g. 4m', inputMode: 'decimal' },
  { label: 'Multiple (×)', example: '1 to 3', inputMode: 'decimal' },
  {
    label: 'Participation',
    example: '',
    options: [
      { value: 'none', label: 'None' },
      { value: 'full', label: 'Full' },
      { value: 'capped', label: 'Capped' },
    ],
  },
  { label: 'Cap (×, if capped)', example: 'e.g. 3', inputMode: 'decimal' },
];

/** The preference stack, one row a series: up to six, a new row appearing as the last is filled. */
export function SeriesField({ field, hint }: { field: OfferField; hint?: string }) {
  return (
    <RowsField
      field={field}
      hint={hint}
      columns={SERIES_COLUMNS}
      rowName="Series"
      minRows={2}
      maxRows={6}
      className="series-stack"
    />
  );
}

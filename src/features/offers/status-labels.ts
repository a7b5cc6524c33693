import type { OfferStatus } from '../../domain';

/** Shown on the cards and in the form's Status list. */
export const STATUS_LABELS: Record<OfferStatus, string> = {
  considering: 'Considering',
  accepted: 'Accepted',
  declined: 'Declined',
};

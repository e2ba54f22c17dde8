// A payment's status in the reader's words (their account page); staff see the same states.
const LABELS: Record<string, string> = {
  processing: 'Processing: waiting for your bank',
  paid: 'Paid',
  failed: 'Failed',
  refunded: 'Refunded',
  partially_refunded: 'Partly refunded',
  disputed: 'Disputed',
};

export function paymentStatusLabel(status: string): string {
  return LABELS[status] ?? status;
}

// Past due still counts: Stripe is retrying the card and the reader has not stopped.
export const ACTIVE_SUBSCRIPTION_STATUSES = ['active', 'trialing', 'past_due'];

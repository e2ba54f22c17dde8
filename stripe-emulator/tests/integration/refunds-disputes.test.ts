// Refunds that fail later (refund.updated, refund.failed) and disputes that progress: evidence, under review, closed
// won (funds reinstated) or lost, through the API, Stripe's test evidence, Stripe's test card and the control.
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { REFUND_SETTLEMENT_SECONDS, DISPUTE_REVIEW_SECONDS } from '../../billing/refunds';
import { CARDS, payHosted, emulatorForFile } from '../helpers';

const env = emulatorForFile();

async function pay(card: string = CARDS.ok): Promise<Stripe.Charge> {
  const session = await env.t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 3000, product_data: { name: 'Gift' } } }] });
  expect((await payHosted(session.url!, { cardnumber: card })).status).toBe(303);
  const done = await env.t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
  return (done.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge;
}

function eventsOf(type: string): Stripe.Event[] {
  return env.receiver.received.map((r) => r.event).filter((e) => e.type === type);
}

describe('refunds', () => {
  it('on Stripe\'s 5126 card start succeeded, then fail: refund.updated, refund.failed, and the charge is unrefunded again', async () => {
    const charge = await pay(CARDS.refundFails);
    const refund = await env.t.stripe.refunds.create({ charge: charge.id });
    expect(refund.status).toBe('succeeded');
    expect((await env.t.stripe.charges.retrieve(charge.id)).refunded).toBe(true);
    await env.t.control('advance', { seconds: REFUND_SETTLEMENT_SECONDS + 1 });
    await env.t.control('flush', {});
    expect(await env.t.stripe.refunds.retrieve(refund.id)).toMatchObject({ status: 'failed', failure_reason: 'expired_or_canceled_card' });
    expect(await env.t.stripe.charges.retrieve(charge.id)).toMatchObject({ refunded: false, amount_refunded: 0 });
    expect(eventsOf('refund.updated')[0].data.previous_attributes).toMatchObject({ status: 'succeeded' });
    expect(eventsOf('refund.failed')).toHaveLength(1);
    expect(eventsOf('charge.refund.updated')).toHaveLength(1);
    // Each event is stamped when it happened: the failure an hour after the refund
    expect(eventsOf('refund.failed')[0].created - refund.created).toBe(REFUND_SETTLEMENT_SECONDS);
  });

  it('on other cards stay succeeded', async () => {
    const charge = await pay();
    const refund = await env.t.stripe.refunds.create({ charge: charge.id, amount: 1000 });
    await env.t.control('advance', { seconds: REFUND_SETTLEMENT_SECONDS + 1 });
    expect((await env.t.stripe.refunds.retrieve(refund.id)).status).toBe('succeeded');
  });
});

describe('disputes', () => {
  it('are opened by Stripe\'s 0259 card and closed won after winning_evidence is reviewed', async () => {
    const charge = await pay(CARDS.disputed);
    await env.t.control('flush', {});
    const [created] = eventsOf('charge.dispute.created');
    const dispute = created.data.object as Stripe.Dispute;
    expect(dispute).toMatchObject({ charge: charge.id, status: 'needs_response', reason: 'fraudulent' });
    const answered = await env.t.stripe.disputes.update(dispute.id, { evidence: { uncategorized_text: 'winning_evidence' } });
    expect(answered.status).toBe('under_review');
    expect(answered.evidence_details.has_evidence).toBe(true);
    await env.t.control('advance', { seconds: DISPUTE_REVIEW_SECONDS + 1 });
    await env.t.control('flush', {});
    expect((await env.t.stripe.disputes.retrieve(dispute.id)).status).toBe('won');
    expect(eventsOf('charge.dispute.updated')).toHaveLength(1);
    expect(eventsOf('charge.dispute.funds_reinstated')).toHaveLength(1);
    const [closed] = eventsOf('charge.dispute.closed');
    expect((closed.data.object as Stripe.Dispute).status).toBe('won');
    expect(closed.data.previous_attributes).toEqual({ status: 'under_review' });
  });

  it('are listed by charge and by payment intent', async () => {
    const charge = await pay();
    const dispute = await env.t.control(`charges/${charge.id}/dispute`, {});
    expect((await env.t.stripe.disputes.list({ charge: charge.id })).data.map((d) => d.id)).toEqual([dispute.id]);
    expect((await env.t.stripe.disputes.list({ payment_intent: charge.payment_intent as string })).data.map((d) => d.id)).toEqual([dispute.id]);
    expect((await env.t.stripe.disputes.list({ charge: (await pay()).id })).data).toEqual([]);
  });

  it('are lost when closed through the API (accepted) or with losing_evidence', async () => {
    const accepted = await env.t.control(`charges/${(await pay()).id}/dispute`, {});
    expect((await env.t.stripe.disputes.close(accepted.id)).status).toBe('lost');
    await expect(env.t.stripe.disputes.close(accepted.id)).rejects.toMatchObject({ statusCode: 400 });
    const fought = await env.t.control(`charges/${(await pay()).id}/dispute`, {});
    await env.t.stripe.disputes.update(fought.id, { evidence: { uncategorized_text: 'losing_evidence' } });
    await env.t.control('advance', { seconds: DISPUTE_REVIEW_SECONDS + 1 });
    expect((await env.t.stripe.disputes.retrieve(fought.id)).status).toBe('lost');
    await env.t.control('flush', {});
    expect(eventsOf('charge.dispute.closed').map((e) => (e.data.object as Stripe.Dispute).status)).toEqual(['lost', 'lost']);
  });

  it('are closed by the test control with the outcome asked for', async () => {
    const dispute = await env.t.control(`charges/${(await pay()).id}/dispute`, {});
    const won = await env.t.control(`disputes/${dispute.id}/close`, { outcome: 'won' });
    expect(won.status).toBe('won');
    expect((await env.t.control(`disputes/${dispute.id}/close`, { outcome: 'maybe' })).error.message).toMatch(/outcome/);
    expect((await env.t.control('disputes/dp_nope/close', { outcome: 'won' })).error.code).toBe('resource_missing');
  });
});

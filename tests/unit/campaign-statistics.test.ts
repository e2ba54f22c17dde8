// The report's figures against values computed independently (SciPy: Wilson interval, numerical integration of Beta posteriors).
import { describe, expect, it } from 'vitest';
import { chanceToBeat, logGamma, pickWinner, wilsonInterval } from '@/lib/campaigns/test-statistics';

describe('the 95% interval of a conversion rate', () => {
  it('matches the Wilson score interval', () => {
    const interval = wilsonInterval({ successes: 10, trials: 100 })!;
    expect(interval.rate).toBe(0.1);
    expect(interval.low).toBeCloseTo(0.0552291370606751, 12);
    expect(interval.high).toBeCloseTo(0.17436566150491345, 12);
    const none = wilsonInterval({ successes: 0, trials: 10 })!;
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775327998628892, 12);
    const some = wilsonInterval({ successes: 50, trials: 1000 })!;
    expect(some.low).toBeCloseTo(0.03813026239274882, 12);
    expect(some.high).toBeCloseTo(0.06531382024425081, 12);
  });

  it('has no interval without trials', () => {
    expect(wilsonInterval({ successes: 0, trials: 0 })).toBeNull();
  });
});

describe('the chance a variant beats the control', () => {
  it('uses an accurate log-gamma', () => {
    expect(logGamma(1)).toBeCloseTo(0, 13);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(1001)).toBeCloseTo(5912.128178488163, 8);
  });

  it('gives the closed-form values for tiny samples', () => {
    // Beta(2,1) against Beta(1,1): P(Y < X) = E[X] = 2/3; Beta(2,1) against Beta(1,2): 5/6.
    expect(chanceToBeat({ successes: 0, trials: 0 }, { successes: 1, trials: 1 })).toBeCloseTo(2 / 3, 12);
    expect(chanceToBeat({ successes: 0, trials: 1 }, { successes: 1, trials: 1 })).toBeCloseTo(5 / 6, 12);
  });

  it('matches numerical integration of the posteriors', () => {
    expect(chanceToBeat({ successes: 100, trials: 1000 }, { successes: 130, trials: 1000 })).toBeCloseTo(0.9821650661163508, 9);
    expect(chanceToBeat({ successes: 20, trials: 1000 }, { successes: 35, trials: 1000 })).toBeCloseTo(0.9794360287033519, 9);
  });

  it('is one half between equal arms and complementary when swapped', () => {
    expect(chanceToBeat({ successes: 30, trials: 1000 }, { successes: 30, trials: 1000 })).toBeCloseTo(0.5, 9);
    const a = { successes: 40, trials: 900 };
    const b = { successes: 55, trials: 1100 };
    expect(chanceToBeat(a, b) + chanceToBeat(b, a)).toBeCloseTo(1, 9);
  });
});

describe('the winner', () => {
  const arms = (control: [number, number], variant: [number, number]) => [
    { key: 'control', arm: { successes: control[0], trials: control[1] } },
    { key: 'b', arm: { successes: variant[0], trials: variant[1] } },
  ];

  it('is shown only past the minimum sample', () => {
    // A large lead on a small sample is not a result yet.
    expect(pickWinner(arms([1, 100], [9, 100]), 'control')).toBeNull();
    expect(pickWinner(arms([100, 1000], [130, 1000]), 'control')).toEqual({ key: 'b', chance: expect.closeTo(0.98216, 4) });
  });

  it('is the control when it clearly beats every variant, and nobody when it is close', () => {
    expect(pickWinner(arms([130, 1000], [100, 1000]), 'control')?.key).toBe('control');
    expect(pickWinner(arms([100, 1000], [105, 1000]), 'control')).toBeNull();
  });
});

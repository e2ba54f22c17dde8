// Form decoding and parameter validation, the two halves of Stripe's wire format.
import { describe, expect, it } from 'vitest';
import { StripeApiError } from '../../core/errors';
import { parseForm } from '../../core/form';
import { arr, bool, expand, int, metadata, obj, oneOf, range, str, validateParams } from '../../core/params';

describe('parseForm', () => {
  it('builds nested objects and indexed arrays', () => {
    const form = parseForm('line_items[0][price]=price_1&line_items[0][quantity]=2&line_items[1][price_data][currency]=eur&metadata[a]=x&expand[0]=customer&expand[1]=invoice');
    expect(form).toEqual({
      line_items: [{ price: 'price_1', quantity: '2' }, { price_data: { currency: 'eur' } }],
      metadata: { a: 'x' },
      expand: ['customer', 'invoice'],
    });
  });
  it('accepts expand[] appends, encoded brackets and empty values', () => {
    expect(parseForm('expand%5B%5D=a&expand[]=b&description=')).toEqual({ expand: ['a', 'b'], description: '' });
  });
});

function errorOf(fn: () => unknown): StripeApiError {
  try {
    fn();
  } catch (err) {
    return err as StripeApiError;
  }
  throw new Error('expected an error');
}

describe('validateParams', () => {
  const fields = { n: int, b: bool, e: oneOf('a', 'b'), m: metadata, o: obj({ x: str }, ['x']), l: arr(obj({ y: int })), created: range, expand };
  it('coerces types', () => {
    expect(validateParams(parseForm('n=3&b=true&e=a&m[k]=v&o[x]=1&l[0][y]=4&created[gte]=10&expand[0]=c'), fields)).toEqual({
      n: 3, b: true, e: 'a', m: { k: 'v' }, o: { x: '1' }, l: [{ y: 4 }], created: { gte: 10 }, expand: ['c'],
    });
    expect(validateParams(parseForm('created=5'), fields)).toEqual({ created: 5 });
  });
  it('names the offending parameter like Stripe', () => {
    expect(errorOf(() => validateParams(parseForm('zzz=1'), fields)).body).toMatchObject({ message: 'Received unknown parameter: zzz', param: 'zzz' });
    expect(errorOf(() => validateParams(parseForm('o[q]=1'), fields)).body).toMatchObject({ message: 'Received unknown parameter: o[q]' });
    expect(errorOf(() => validateParams(parseForm('o[x]='), fields)).body).toMatchObject({ param: 'o[x]', code: 'parameter_missing' });
    expect(errorOf(() => validateParams(parseForm('n=x'), fields)).body).toMatchObject({ message: 'Invalid integer: x', param: 'n' });
    expect(errorOf(() => validateParams(parseForm('b=yes'), fields)).body.param).toBe('b');
    expect(errorOf(() => validateParams(parseForm('e=c'), fields)).body.param).toBe('e');
    expect(errorOf(() => validateParams(parseForm('l[0][y]=z'), fields)).body.param).toBe('l[0][y]');
    expect(errorOf(() => validateParams(parseForm(''), fields, ['n'])).status).toBe(400);
  });
});

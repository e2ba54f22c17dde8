// The appeal test, variant, utm_source and referrer a Checkout put on its payment or subscription's metadata, as columns.
export function attributionFromMetadata(metadata: Record<string, string> | null | undefined) {
  const testId = Number(metadata?.appeal_test);
  const variant = metadata?.appeal_variant;
  const inTest = Number.isInteger(testId) && testId > 0 && !!variant && /^[a-z0-9-]{1,20}$/.test(variant);
  return {
    appealTestId: inTest ? testId : null,
    appealVariant: inTest ? variant! : null,
    utmSource: metadata?.utm_source?.slice(0, 40) || null,
    referrerHost: metadata?.referrer?.slice(0, 100) || null,
  };
}

// A thank-you link with an unknown or malformed session id.
import Link from 'next/link';

export default function ThankYouNotFound() {
  return (
    <div className="max-w-2xl mx-auto">
      <h1 className="font-serif text-3xl font-bold">We could not find that payment</h1>
      <p className="mt-4">
        This thank-you link does not match any payment. If you have just given, check the receipt in your email.{' '}
        <Link href="/support" className="underline">Support us</Link>.
      </p>
    </div>
  );
}

import type { Metadata } from 'next';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'Privacy policy' };

export default function PrivacyPage() {
  const { PUBLICATION_NAME } = getConfig();
  return (
    <div className="max-w-2xl mx-auto font-serif text-lg leading-relaxed space-y-4">
      <h1 className="font-sans text-4xl font-bold">Privacy policy</h1>
      <p>{PUBLICATION_NAME} collects as little about you as it can, and never sells it.</p>
      <h2 className="font-sans text-2xl font-bold pt-2">What we keep</h2>
      <ul className="list-disc pl-6 space-y-2">
        <li>If you support us: your email address, your name if you give it, and a record of each payment. Card details are handled by Stripe, our payment processor, and never reach our servers.</li>
        <li>If you sign up for the newsletter or a reminder: your email address, when you agreed, and the page you signed up from.</li>
        <li>How often our appeal is shown and pressed, counted per page and per day, without anything that identifies you.</li>
      </ul>
      <h2 className="font-sans text-2xl font-bold pt-2">Cookies</h2>
      <p>We set a cookie to remember that you asked us to remind you later, and one to keep you signed in. We use no advertising or tracking cookies.</p>
      <h2 className="font-sans text-2xl font-bold pt-2">Your choices</h2>
      <p>Every email we send has a one-click unsubscribe link. Signed-in supporters can download everything we hold about them, or delete their account, from their account page.</p>
    </div>
  );
}

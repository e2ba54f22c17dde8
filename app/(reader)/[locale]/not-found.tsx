import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="max-w-2xl mx-auto">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">We could not find that page. <Link href="/" className="underline">See the latest stories</Link>.</p>
    </div>
  );
}

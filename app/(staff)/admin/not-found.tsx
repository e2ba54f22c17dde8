import Link from 'next/link';

export default function StaffNotFound() {
  return (
    <div className="max-w-2xl mx-auto">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">There is no staff page at this address. <Link href="/admin" className="underline">Go to the dashboard</Link>.</p>
    </div>
  );
}

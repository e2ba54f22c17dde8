// The appeal section's own navigation: settings, versions, tests.
import Link from 'next/link';

const LINKS = [
  { href: '/admin/appeal', label: 'Settings' },
  { href: '/admin/appeal/versions', label: 'Versions' },
  { href: '/admin/appeal/tests', label: 'Tests' },
];

export function AppealNav({ current }: { current: string }) {
  return (
    <nav aria-label="Appeal">
      <ul className="flex gap-4 text-sm font-semibold">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.href === current ? 'page' : undefined} className="underline-offset-4 hover:underline aria-[current=page]:underline">{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

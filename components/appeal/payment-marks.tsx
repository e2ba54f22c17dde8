// Accepted payment methods as small inline marks (no external requests), each named for screen readers.
import type { ReactNode } from 'react';

const MARKS: { name: string; body: ReactNode }[] = [
  {
    name: 'Visa',
    body: (
      <>
        <rect width="48" height="30" rx="4" fill="#1a1f71" />
        <text x="24" y="20" textAnchor="middle" fontFamily="Arial, sans-serif" fontWeight="700" fontStyle="italic" fontSize="13" fill="#fff">VISA</text>
      </>
    ),
  },
  {
    name: 'Mastercard',
    body: (
      <>
        <rect width="48" height="30" rx="4" fill="#fff" stroke="#d1d5db" />
        <circle cx="19" cy="15" r="9" fill="#eb001b" />
        <circle cx="29" cy="15" r="9" fill="#f79e1b" fillOpacity="0.85" />
      </>
    ),
  },
  {
    name: 'American Express',
    body: (
      <>
        <rect width="48" height="30" rx="4" fill="#016fd0" />
        <text x="24" y="19" textAnchor="middle" fontFamily="Arial, sans-serif" fontWeight="700" fontSize="10" fill="#fff">AMEX</text>
      </>
    ),
  },
  {
    name: 'Apple Pay',
    body: (
      <>
        <rect width="48" height="30" rx="4" fill="#000" />
        <text x="24" y="19" textAnchor="middle" fontFamily="Arial, sans-serif" fontWeight="600" fontSize="8.5" fill="#fff">Apple Pay</text>
      </>
    ),
  },
  {
    name: 'Google Pay',
    body: (
      <>
        <rect width="48" height="30" rx="4" fill="#fff" stroke="#d1d5db" />
        <text x="24" y="19" textAnchor="middle" fontFamily="Arial, sans-serif" fontWeight="600" fontSize="10" fill="#3c4043">G Pay</text>
      </>
    ),
  },
];

export function PaymentMarks() {
  return (
    <ul aria-label="Accepted payment methods" className="mt-4 flex flex-wrap gap-2">
      {MARKS.map((mark) => (
        <li key={mark.name}>
          <svg role="img" aria-label={mark.name} viewBox="0 0 48 30" width="48" height="30">
            <title>{mark.name}</title>
            {mark.body}
          </svg>
        </li>
      ))}
    </ul>
  );
}

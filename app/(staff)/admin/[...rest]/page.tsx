// Any other address under /admin: the staff area's "Page not found".
import { notFound } from 'next/navigation';

export default function UnknownStaffPage(): never {
  notFound();
}

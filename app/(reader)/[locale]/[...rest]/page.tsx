// Any other address under a language: that language's "Page not found" (with the 404 status).
import { notFound } from 'next/navigation';

export default function UnknownPage(): never {
  notFound();
}

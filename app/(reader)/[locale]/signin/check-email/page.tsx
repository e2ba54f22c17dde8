// After asking for a sign-in link: tells the visitor to look in their inbox.
import Link from 'next/link';
import { getConfig, hasLocalMailbox } from '@/lib/config';
import { localePath } from '@/lib/i18n/locales';
import { MessagePage, stepPage } from '@/components/message-page';

const page = stepPage({
  namespace: 'signin',
  title: 'checkEmail.title',
  path: '/signin/check-email',
  render: (t, locale) => (
    <MessagePage heading={t('checkEmail.heading')}>
      <p className="mt-4">{t('checkEmail.sent')}</p>
      <p className="mt-3 text-muted">{t.rich('checkEmail.nothing', { link: (chunks) => <Link href={localePath(locale, '/signin')} className="underline">{chunks}</Link> })}</p>
      {hasLocalMailbox(getConfig()) && (
        <p className="mt-6 rounded border border-gray-300 bg-white p-3 text-sm">
          {t.rich('checkEmail.mailbox', { link: (chunks) => <Link href="/dev/mailbox" className="underline">{chunks}</Link> })}
        </p>
      )}
    </MessagePage>
  ),
});
export const generateMetadata = page.generateMetadata;
export default page.Page;

// /account/deleted: where a reader lands after deleting their account.
import Link from 'next/link';
import { localePath } from '@/lib/i18n/locales';
import { MessagePage, stepPage } from '@/components/message-page';

const page = stepPage({
  namespace: 'account',
  title: 'deleted.title',
  path: '/account/deleted',
  render: (t, locale) => (
    <MessagePage heading={t('deleted.heading')}>
      <p role="status" className="mt-4">{t('deleted.status')}</p>
      <p className="mt-4">{t.rich('deleted.thanks', { link: (chunks) => <Link href={localePath(locale, '/')} className="underline">{chunks}</Link> })}</p>
    </MessagePage>
  ),
});
export const generateMetadata = page.generateMetadata;
export default page.Page;

// /newsletter/unsubscribed: after unsubscribing.
import { localePath } from '@/lib/i18n/locales';
import { MessagePage, stepPage } from '@/components/message-page';

const page = stepPage({
  namespace: 'newsletter',
  title: 'unsubscribed.metaTitle',
  path: '/newsletter/unsubscribed',
  render: (t, locale) => (
    <MessagePage heading={t('unsubscribed.title')} next={{ href: localePath(locale, '/'), label: t('unsubscribed.back') }}>
      <p className="mt-4">{t('unsubscribed.text')}</p>
    </MessagePage>
  ),
});
export const generateMetadata = page.generateMetadata;
export default page.Page;

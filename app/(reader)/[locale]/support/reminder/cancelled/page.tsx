// /support/reminder/cancelled: after the cancel link.
import { localePath } from '@/lib/i18n/locales';
import { MessagePage, stepPage } from '@/components/message-page';

const page = stepPage({
  namespace: 'reminders',
  title: 'cancelled.title',
  path: '/support/reminder/cancelled',
  render: (t, locale) => (
    <MessagePage heading={t('cancelled.heading')} next={{ href: localePath(locale, '/'), label: t('cancelled.front') }}>
      <p className="mt-4">{t('cancelled.body')}</p>
    </MessagePage>
  ),
});
export const generateMetadata = page.generateMetadata;
export default page.Page;

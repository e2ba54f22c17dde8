// /newsletter/check-email: after signing up (the same page whether or not the address was known).
import { localePath } from '@/lib/i18n/locales';
import { MessagePage, stepPage } from '@/components/message-page';

const page = stepPage({
  namespace: 'newsletter',
  title: 'checkEmail.title',
  path: '/newsletter/check-email',
  render: (t, locale) => (
    <MessagePage heading={t('checkEmail.title')} next={{ href: localePath(locale, '/'), label: t('checkEmail.back') }}>
      <p className="mt-4">{t('checkEmail.text')}</p>
      <p className="mt-2 text-muted">{t('checkEmail.spam')}</p>
    </MessagePage>
  ),
});
export const generateMetadata = page.generateMetadata;
export default page.Page;

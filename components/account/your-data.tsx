// "Your data": download everything as JSON, or delete the account after a clear warning and a typed confirmation.
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

type Props = { hasSupport: boolean; error?: { field?: string; message: string }; locale?: Locale };

export function YourData({ hasSupport, error, locale = 'en' }: Props) {
  const t = translatorFor(locale, 'account');
  const confirmError = error?.field === 'confirm' ? error.message : null;
  return (
    <div className="space-y-6">
      <p>
        <a href="/api/account/export" download className="font-semibold underline">{t('data.download')}</a>{' '}
        <span className="text-muted">{t('data.downloadNote')}</span>
      </p>
      <form id="delete-account" method="post" action="/api/account/delete" aria-labelledby="delete-heading" className="rounded border-2 border-accent p-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <h3 id="delete-heading" className="text-lg font-bold text-accent">{t('data.deleteHeading')}</h3>
        <div id="delete-warning" className="mt-2 space-y-2">
          <p><strong>{t('data.cannotUndo')}</strong></p>
          <ul className="list-disc pl-6">
            {hasSupport ? <li>{t('data.supportCancelled')}</li> : null}
            <li>{t('data.cardDeleted')}</li>
            <li>{t('data.erased')}</li>
            <li>{t('data.amountsStay')}</li>
          </ul>
        </div>
        <label htmlFor="delete-confirm" className="mt-3 block font-semibold">{t('data.confirmLabel')}</label>
        <input
          id="delete-confirm"
          name="confirm"
          type="text"
          autoComplete="off"
          aria-describedby={confirmError ? 'delete-confirm-error delete-warning' : 'delete-warning'}
          aria-invalid={confirmError ? true : undefined}
          className="mt-1 w-48 rounded border border-gray-500 px-3 py-2"
        />
        {confirmError ? <p id="delete-confirm-error" role="alert" className="mt-1 text-sm font-semibold text-red-800">{confirmError}</p> : null}
        <div>
          <button type="submit" className="mt-3 rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark">{t('data.deleteButton')}</button>
        </div>
      </form>
    </div>
  );
}

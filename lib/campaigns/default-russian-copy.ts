// The appeal's letter for Russian pages before staff write their own (the editor's "Russian copy" replaces it).
export const DEFAULT_RUSSIAN_COPY = {
  heading: 'Поможете {publication} остаться бесплатной для всех?',
  paragraphs: [
    'Мы сидим на заседаниях городского совета и читаем бюджеты, чтобы каждый в городе знал, что решают от его имени. Ни платного доступа, ни владельца: нашу работу оплачивают читатели, и помогает нам меньше одного из пятидесяти.',
  ],
  highlight: 'Поддержите нас ежемесячно — от {monthlyMinimum}. Это займёт минуту, а отменить можно в любой момент.',
  signature: { name: 'Мария Альварес', role: 'главный редактор, {publication}' },
  continueLabel: 'Продолжить',
  belowButton: 'Платежи надёжно обрабатывает Stripe. Регулярную поддержку можно остановить в любой момент в личном кабинете.',
};
